package dev.custody;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.ArbitraryInstances;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls every public method of a type (or of an instance) with one argument at a time set to an
 * extreme of its type (the ends of {@code long} and {@code int}, of {@code java.time}'s instants,
 * dates and durations, text made of controls) and the others to defaults, and lists each call that
 * fails without saying why in the model's words: a {@code java.time} exception, an overflow that
 * says only "long overflow", or any exception whose message is empty. A factory may refuse an
 * extreme, but with a message that names the value and the rule.
 */
final class ExtremeArgumentMessages {
  private static final Map<Class<?>, List<Object>> EXTREMES =
      Map.of(
          long.class,
          List.of(Long.MAX_VALUE, Long.MIN_VALUE, -1L),
          int.class,
          List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1),
          Instant.class,
          List.of(Instant.MAX, Instant.MIN),
          LocalDate.class,
          List.of(LocalDate.MAX, LocalDate.MIN),
          YearMonth.class,
          List.of(YearMonth.of(Year.MAX_VALUE, 12), YearMonth.of(Year.MIN_VALUE, 1)),
          ZonedDateTime.class,
          List.of(
              LocalDateTime.MAX.atZone(ZoneOffset.UTC), LocalDateTime.MIN.atZone(ZoneOffset.UTC)),
          Duration.class,
          List.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE)),
          String.class,
          List.of("", "\u0000", "\u200b", "\n"),
          CharSequence.class,
          List.of("", "\u0000\n"));

  private final Map<Class<?>, Object> defaults;

  /** A scan whose arguments other than the extreme one come from {@code defaults}, by type. */
  ExtremeArgumentMessages(Map<Class<?>, Object> defaults) {
    this.defaults = defaults;
  }

  /** Every call of a public static method of {@code type} that fails without a proper message. */
  List<String> unexplainedInStaticMethods(Class<?> type) {
    List<String> unexplained = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
        probe(method, null, unexplained);
      }
    }
    return unexplained;
  }

  /** Every call of a public instance method of {@code instance} that fails without a message. */
  List<String> unexplainedInInstanceMethods(Object instance) {
    List<String> unexplained = new ArrayList<>();
    for (Method method : instance.getClass().getMethods()) {
      if (!Modifier.isStatic(method.getModifiers())
          && Modifier.isPublic(method.getDeclaringClass().getModifiers())
          && method.getDeclaringClass() != Object.class) {
        probe(method, instance, unexplained);
      }
    }
    return unexplained;
  }

  private void probe(Method method, Object receiver, List<String> unexplained) {
    Class<?>[] types = method.getParameterTypes();
    for (int varied = 0; varied < types.length; varied++) {
      for (Object extreme : EXTREMES.getOrDefault(types[varied], ImmutableList.of())) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
          args[i] = i == varied ? extreme : defaultOf(types[i]);
        }
        Throwable thrown = call(method, receiver, args);
        if (thrown != null && !isExplained(thrown)) {
          unexplained.add(method + " with argument " + varied + " = " + extreme + ": " + thrown);
        }
      }
    }
  }

  private static boolean isExplained(Throwable thrown) {
    String message = thrown.getMessage();
    return !(thrown instanceof DateTimeException)
        && message != null
        && !message.isBlank()
        && !message.equals("long overflow")
        && !message.equals("integer overflow");
  }

  private Object defaultOf(Class<?> type) {
    if (defaults.containsKey(type)) {
      return defaults.get(type);
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    return ArbitraryInstances.get(type);
  }

  private static Throwable call(Method method, Object receiver, Object[] args) {
    try {
      method.setAccessible(true);
      method.invoke(receiver, args);
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(method + " cannot be called", e);
    }
  }
}
