package dev.custody;

import com.google.common.testing.ArbitraryInstances;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What guava-testlib's {@code NullPointerTester} does not look at: the message. Calls every public
 * method of a type (or of an instance) with one reference argument at a time set to {@code null},
 * the others set to defaults, and lists each call whose {@link NullPointerException} has no message
 * or only "null", so that a caller who passes a null learns which argument it was.
 */
final class NullArgumentMessages {
  private final Map<Class<?>, Object> defaults;

  /** A scan whose arguments other than the null one come from {@code defaults}, by type. */
  NullArgumentMessages(Map<Class<?>, Object> defaults) {
    this.defaults = defaults;
  }

  /** Every call of a public static method of {@code type} whose NPE names nothing. */
  List<String> unnamedInStaticMethods(Class<?> type) {
    List<String> unnamed = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())) {
        probe(method, null, unnamed);
      }
    }
    return unnamed;
  }

  /** Every call of a public instance method of {@code instance} whose NPE names nothing. */
  List<String> unnamedInInstanceMethods(Object instance) {
    List<String> unnamed = new ArrayList<>();
    for (Method method : instance.getClass().getMethods()) {
      // the generated classes' own public methods (copyWith...) are not the API
      if (!Modifier.isStatic(method.getModifiers())
          && Modifier.isPublic(method.getDeclaringClass().getModifiers())
          && method.getDeclaringClass() != Object.class
          && !method.getName().equals("equals")) {
        probe(method, instance, unnamed);
      }
    }
    return unnamed;
  }

  private void probe(Method method, Object receiver, List<String> unnamed) {
    Class<?>[] types = method.getParameterTypes();
    for (int nulled = 0; nulled < types.length; nulled++) {
      if (types[nulled].isPrimitive()) {
        continue;
      }
      Object[] args = new Object[types.length];
      boolean complete = true;
      for (int i = 0; i < types.length; i++) {
        if (i != nulled) {
          args[i] = defaultOf(types[i]);
          complete &= args[i] != null;
        }
      }
      if (!complete) {
        unnamed.add(method + ": no default for an argument; give one");
        return;
      }
      Throwable thrown = call(method, receiver, args);
      if (thrown instanceof NullPointerException && !namesTheArgument(thrown.getMessage())) {
        unnamed.add(method + " with argument " + nulled + " null: " + thrown);
      }
    }
  }

  /**
   * Checks if an NPE's message was written for the caller: not empty, not "null", and not the JVM's
   * own description of the failed dereference ("Cannot invoke ... because "<parameter1>" is null"),
   * which names a local of the library, not the argument.
   */
  private static boolean namesTheArgument(String message) {
    return message != null
        && !message.isBlank()
        && !message.equals("null")
        && !message.contains("\" is null");
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
