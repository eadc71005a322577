package dev.custody.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every value type in Custody.
 *
 * <p>Generated implementations are package-private ({@code visibility = PACKAGE}) and hidden behind
 * the abstract type ({@code overshadowImplementation = true}), so {@code ImmutableX} never appears
 * in the public API: callers use the static factories and builders declared on the abstract types.
 * Builders are strict (setting a single-valued attribute twice is an error), hash codes are
 * computed once at construction (values are keys of the ledger's maps), generated copy methods are
 * named {@code copyWith*} so that the public {@code with*} methods of the abstract types, which
 * document their checks, are the only ones callers see, and structural invariants are checked once,
 * in a {@code @Value.Check} method of each type, on every path that creates a value.
 *
 * <p>This annotation is an implementation detail of the library; applications do not need it.
 */
@Documented
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    strictBuilder = true,
    defaults = @Value.Immutable(prehash = true),
    with = "copyWith*",
    jdkOnly = false,
    optionalAcceptNullable = false,
    defaultAsDefault = true,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class})
public @interface CustodyStyle {}
