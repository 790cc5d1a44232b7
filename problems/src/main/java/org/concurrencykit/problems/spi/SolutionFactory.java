package org.concurrencykit.problems.spi;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Makes solution instances of a problem's interface from a class: directly when the class
 * implements the interface, otherwise through a proxy that calls the LeetCode-shaped
 * class's methods of the same name and signature.
 *
 * @param <S> the problem's interface
 */
public final class SolutionFactory<S> {
    private final Class<?> type;
    private final Class<S> iface;
    private final Constructor<?> constructor;
    /** Interface method to the class's method; empty when the class implements the interface. */
    private final Map<Method, Method> methods;
    /** If not null, loads the class afresh for every instance. */
    private final Supplier<Class<?>> reload;
    private final List<Class<?>> ctorTypes;

    private SolutionFactory(Class<?> type, Class<S> iface, List<Class<?>> ctorTypes, Constructor<?> constructor,
                            Map<Method, Method> methods, Supplier<Class<?>> reload) {
        this.type = type;
        this.iface = iface;
        this.ctorTypes = ctorTypes;
        this.constructor = constructor;
        this.methods = methods;
        this.reload = reload;
    }

    /**
     * Binds {@code type} to {@code iface}, checking its constructor and every method.
     *
     * @throws BindException naming the first missing or mis-typed member and its expected shape
     */
    public static <S> SolutionFactory<S> bind(Class<?> type, Class<S> iface, List<Class<?>> ctorTypes)
            throws BindException {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new BindException("class " + type.getSimpleName() + " is abstract or an interface: "
                    + "the judge needs a concrete class to instantiate");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new BindException("class " + type.getSimpleName() + " is an inner class: make it top-level or static");
        }
        Constructor<?> ctor;
        try {
            ctor = type.getDeclaredConstructor(ctorTypes.toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new BindException("class " + type.getSimpleName() + " has no constructor "
                    + type.getSimpleName() + "(" + typeList(ctorTypes) + ")");
        }
        ctor.setAccessible(true);
        Map<Method, Method> methods = new HashMap<>();
        if (!iface.isAssignableFrom(type)) {
            for (Method m : iface.getMethods()) {
                methods.put(m, find(type, m));
            }
        }
        return new SolutionFactory<>(type, iface, ctorTypes, ctor, methods, null);
    }

    private static Method find(Class<?> type, Method wanted) throws BindException {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(wanted.getName(), wanted.getParameterTypes());
                if (m.getReturnType() != wanted.getReturnType()) {
                    throw new BindException("method " + wanted.getName() + " of class " + type.getSimpleName()
                            + " returns " + m.getReturnType().getSimpleName() + "; expected: " + signature(wanted));
                }
                if (Modifier.isStatic(m.getModifiers())) {
                    throw new BindException("method " + wanted.getName() + " of class " + type.getSimpleName()
                            + " is static; expected an instance method: " + signature(wanted));
                }
                m.setAccessible(true);
                return m;
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        boolean sameName = false;
        for (Method m : type.getDeclaredMethods()) {
            sameName |= m.getName().equals(wanted.getName());
        }
        throw new BindException("class " + type.getSimpleName() + (sameName
                ? " has a method " + wanted.getName() + " with other parameters"
                : " has no method " + wanted.getName()) + "; expected: " + signature(wanted));
    }

    /** The method as a LeetCode user writes it, e.g. {@code public void first(Runnable printFirst) throws InterruptedException}. */
    public static String signature(Method m) {
        String params = java.util.Arrays.stream(m.getParameters())
                .map(p -> p.getType().getSimpleName() + (p.isNamePresent() ? " " + p.getName() : ""))
                .collect(Collectors.joining(", "));
        String exceptions = m.getExceptionTypes().length == 0 ? "" : " throws " + java.util.Arrays
                .stream(m.getExceptionTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "));
        return "public " + m.getReturnType().getSimpleName() + " " + m.getName() + "(" + params + ")" + exceptions;
    }

    private static String typeList(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
    }

    /** The bound class. */
    public Class<?> type() {
        return type;
    }

    /**
     * This factory, but loading the class afresh (through {@code reload}, e.g. from a new
     * class loader) for every instance, so that no static state survives from one instance
     * to the next.
     */
    public SolutionFactory<S> reloadingWith(Supplier<Class<?>> reload) {
        return new SolutionFactory<>(type, iface, ctorTypes, constructor, methods, reload);
    }

    /**
     * A new instance built with {@code args}.
     *
     * @throws Throwable whatever the constructor threw
     */
    public S create(Object[] args) throws Throwable {
        if (reload != null) {
            return bind(reload.get(), iface, ctorTypes).create(args);
        }
        Object target;
        try {
            target = constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } catch (ExceptionInInitializerError e) {
            throw e.getCause() == null ? e : e.getCause();
        }
        if (methods.isEmpty()) {
            return iface.cast(target);
        }
        InvocationHandler handler = (proxy, method, margs) -> invoke(target, method, margs);
        return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, handler));
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        Method m = methods.get(method);
        if (m == null) {
            return switch (method.getName()) {
                case "equals" -> args[0] == target;
                case "hashCode" -> System.identityHashCode(target);
                default -> target.toString();
            };
        }
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

}
