/*
 * reach.h — the method calls the compiler cannot see, for method
 * reachability: compiler/ssagen/reach.c (a whole program) and
 * compiler/link/deadcode.c (package objects) both read these tables.
 * Not part of the runtime's C; it lives here because the calls are the
 * runtime's and reflect's.
 */
#ifndef HOOD_RT_REACH_H
#define HOOD_RT_REACH_H

/* The methods the runtime's C code calls through a value's method
 * table, by key (name and signature, as reach.c's method_key writes
 * it): rt/iface.c's callStringMethod, when rt/panic.c prints a panic
 * value that is an error or a Stringer. */
static const char *const reach_runtime_keys[] = {"Error func() string", "String func() string"};

/* The functions of hood's reflect (rt/go/reflect) that can call any
 * exported method of any type (Method's Func, Value.Method's Call):
 * once one is reachable, every exported method of a type used in an
 * interface is kept. */
static const char *const reach_reflect_method_funcs[] = {
    "reflect.Value.Method", "reflect.Value.MethodByName", "reflect.(*rtype).Method",
    "reflect.(*rtype).MethodByName",
};

#endif
