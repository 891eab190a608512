/*
 * universe.c — the universe scope: predeclared types (basic.def's rows
 * marked BASIC_UNIVERSE), constants, nil, builtin functions (builtins.def)
 * and the error interface (types_init); and the scope of package unsafe,
 * which is built in too (spec "Package unsafe"): its type Pointer and
 * its functions, builtins whose rows are marked UNSAFE. An import of
 * "unsafe" binds its package name to that scope (package.c).
 *
 * byte and rune are aliases of uint8 and int32. Each has a Type of its
 * own, of the same kind, only so that messages say "byte" where gc
 * does; type_identical treats basic types of one kind as identical.
 */
#include <limits.h>

#include <string.h>

#include "check.h"
#include "types.h"

Type *types_basic[TYPE_UNTYPED_NIL + 1];
Type *type_byte;
Type *type_rune;
Type *type_error;
Type *type_mem, *type_flags;
Scope *types_universe;
const char *types_local_package;
Scope *types_unsafe;
Package *types_unsafe_package;

/* builtins.def's rows; the words of its pkg, use and maxargs columns
 * become is_unsafe, is_stmt and a count. */
#define MANY INT_MAX
#define UNIVERSE false
#define UNSAFE true
#define STMT true
#define EXPR false
const BuiltinInfo types_builtins[BUILTIN_COUNT] = {
#define BUILTIN(id, name, minargs, maxargs, pkg, use, meaning) [BUILTIN_##id] = {name, minargs, maxargs, pkg, use},
#include "builtins.def"
#undef BUILTIN
};
#undef MANY
#undef UNIVERSE
#undef UNSAFE
#undef STMT
#undef EXPR

const char *builtin_name(BuiltinId id) { return types_builtins[id].name; }

BuiltinId builtin_of(Expr *fun)
{
    while (fun->kind == EXPR_PAREN)
        fun = fun->u.paren.x;
    Object *o = fun->kind == EXPR_SELECTOR ? fun->u.selector.sel->u.ident.obj : fun->u.ident.obj;
    return o->u.builtin.id;
}

static Object *declare_in(Scope *s, ObjKind kind, const char *name, Type *t)
{
    Pos none = {0, 0, 0};
    Object *o = object_new(kind, intern_cstr(name), none, t);
    scope_insert(s, o);
    return o;
}

static Object *declare(ObjKind kind, const char *name, Type *t)
{
    return declare_in(types_universe, kind, name, t);
}

/* type error interface { Error() string } */
static Type *make_error_type(void)
{
    Pos none = {0, 0, 0};
    Object *tn = object_new(OBJ_TYPENAME, intern_cstr("error"), none, NULL);
    Type *named = type_new(TYPE_NAMED);
    named->u.named.obj = tn;
    tn->type = named;

    ObjectList res = {0};
    vec_push(&res, object_new(OBJ_VAR, intern_cstr(""), none, types_basic[TYPE_STRING]));
    Type *sig = type_new(TYPE_FUNC);
    ObjectList none_params = {0};
    sig->u.func.params = type_new_tuple(none_params);
    sig->u.func.results = type_new_tuple(res);
    Object *m = object_new(OBJ_FUNC, intern_cstr("Error"), none, sig);
    m->u.func.is_method = true;

    Type *iface = type_new(TYPE_INTERFACE);
    vec_push(&iface->u.iface.methods, m);
    iface->u.iface.complete = true;
    named->u.named.underlying = iface;
    return named;
}

void types_reset(void)
{
    memset(types_basic, 0, sizeof types_basic);
    type_byte = type_rune = type_error = type_mem = type_flags = NULL;
    types_universe = types_unsafe = NULL;
    types_local_package = NULL;
    types_unsafe_package = NULL;
    check_forget_packages();
}

void types_init(void)
{
    if (types_universe)
        return;
    Pos none = {0, 0, 0};
    types_universe = scope_new(NULL, none);
    for (int k = TYPE_INVALID; k <= TYPE_UNTYPED_NIL; k++)
        types_basic[k] = type_new((TypeKind)k);
#define BASIC(kind, name, size, align, flags)                     \
    if ((flags) & BASIC_UNIVERSE)                                \
        declare(OBJ_TYPENAME, name, types_basic[TYPE_##kind]);
#include "basic.def"
#undef BASIC
    /* byte and rune: Types of their own so that messages name them as
     * gc does ("value of type byte"); type_identical makes them
     * identical to uint8 and int32, and everything else looks only at
     * their kind. */
    type_byte = type_new(TYPE_UINT8);
    type_rune = type_new(TYPE_INT32);
    declare(OBJ_TYPENAME, "byte", type_byte);
    declare(OBJ_TYPENAME, "rune", type_rune);
    type_mem = type_new(TYPE_MEM);
    type_flags = type_new(TYPE_FLAGS);

    type_error = make_error_type();
    scope_insert(types_universe, type_error->u.named.obj);
    Type *empty = type_new(TYPE_INTERFACE);
    empty->u.iface.complete = true;
    declare(OBJ_TYPENAME, "any", empty);
    /* comparable: an interface for constraints only. Generics are not
     * supported; its uses are reported (check_ident), and its type is
     * one whose values the checker says nothing of. */
    Object *cmp = object_new(OBJ_TYPENAME, intern_cstr("comparable"), none, NULL);
    Type *cmp_named = type_new(TYPE_NAMED);
    cmp_named->u.named.obj = cmp;
    cmp->type = cmp_named;
    Type *cmp_iface = type_new(TYPE_INTERFACE);
    vec_push(&cmp_iface->u.iface.embeddeds, types_basic[TYPE_INVALID]);
    cmp_iface->u.iface.complete = true;
    cmp_named->u.named.underlying = cmp_iface;
    scope_insert(types_universe, cmp);

    declare(OBJ_CONST, "true", types_basic[TYPE_UNTYPED_BOOL])->u.cnst.val = const_bool(true);
    declare(OBJ_CONST, "false", types_basic[TYPE_UNTYPED_BOOL])->u.cnst.val = const_bool(false);
    /* iota's value depends on where it is used; the checker supplies it */
    declare(OBJ_CONST, "iota", types_basic[TYPE_UNTYPED_INT])->u.cnst.val = const_int64(0);
    declare(OBJ_NIL, "nil", types_basic[TYPE_UNTYPED_NIL]);
    /* package unsafe: not a child of the universe, so that unsafe.len
     * is undefined as in gc */
    types_unsafe = scope_new(NULL, none);
    declare_in(types_unsafe, OBJ_TYPENAME, "Pointer", types_basic[TYPE_UNSAFE_POINTER])->pkg = "unsafe";
    for (int id = 0; id < BUILTIN_COUNT; id++) {
        bool unsafe = types_builtins[id].is_unsafe;
        Object *o = declare_in(unsafe ? types_unsafe : types_universe, OBJ_BUILTIN, types_builtins[id].name,
                               types_basic[TYPE_INVALID]);
        o->u.builtin.id = (BuiltinId)id;
        if (unsafe)
            o->pkg = "unsafe";
    }
    types_unsafe_package = NEW(Package);
    types_unsafe_package->path = intern_cstr("unsafe");
    types_unsafe_package->name = types_unsafe_package->path;
    types_unsafe_package->scope = types_unsafe;
}
