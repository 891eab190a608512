/*
 * universe.c — the universe scope: predeclared types, constants, nil,
 * builtin functions and the error interface (types_init).
 *
 * byte and rune are aliases of uint8 and int32. Each has a Type of its
 * own, of the same kind, only so that messages say "byte" where gc
 * does; type_identical treats basic types of one kind as identical.
 */
#include "types.h"

Type *types_basic[TYPE_UNTYPED_NIL + 1];
Type *type_byte;
Type *type_rune;
Type *type_error;
Type *type_mem, *type_flags;
Scope *universe;

static const struct {
    TypeKind kind;
    const char *name;
} basic_decls[] = {
    {TYPE_BOOL, "bool"}, {TYPE_INT8, "int8"}, {TYPE_INT16, "int16"},
    {TYPE_INT32, "int32"}, {TYPE_INT64, "int64"}, {TYPE_INT, "int"},
    {TYPE_UINT8, "uint8"}, {TYPE_UINT16, "uint16"}, {TYPE_UINT32, "uint32"},
    {TYPE_UINT64, "uint64"}, {TYPE_UINT, "uint"}, {TYPE_UINTPTR, "uintptr"},
    {TYPE_FLOAT32, "float32"}, {TYPE_FLOAT64, "float64"},
    {TYPE_COMPLEX64, "complex64"}, {TYPE_COMPLEX128, "complex128"},
    {TYPE_STRING, "string"},
};

static const char *const builtin_names[BUILTIN_COUNT] = {
    [BUILTIN_APPEND] = "append", [BUILTIN_CAP] = "cap", [BUILTIN_CLOSE] = "close",
    [BUILTIN_COMPLEX] = "complex", [BUILTIN_COPY] = "copy", [BUILTIN_DELETE] = "delete",
    [BUILTIN_IMAG] = "imag", [BUILTIN_LEN] = "len", [BUILTIN_MAKE] = "make",
    [BUILTIN_NEW] = "new", [BUILTIN_PANIC] = "panic", [BUILTIN_PRINT] = "print",
    [BUILTIN_PRINTLN] = "println", [BUILTIN_REAL] = "real", [BUILTIN_RECOVER] = "recover",
    [BUILTIN_ADD] = "Add", [BUILTIN_ALIGNOF] = "Alignof", [BUILTIN_OFFSETOF] = "Offsetof",
    [BUILTIN_SIZEOF] = "Sizeof", [BUILTIN_SLICE] = "Slice",
};

const char *builtin_name(BuiltinId id) { return builtin_names[id]; }

static Object *declare(ObjKind kind, const char *name, Type *t)
{
    Pos none = {0, 0, 0};
    Object *o = object_new(kind, intern_cstr(name), none, t);
    scope_insert(universe, o);
    return o;
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

void types_init(void)
{
    if (universe)
        return;
    Pos none = {0, 0, 0};
    universe = scope_new(NULL, none);
    for (int k = TYPE_INVALID; k <= TYPE_UNTYPED_NIL; k++)
        types_basic[k] = type_new((TypeKind)k);
    for (size_t i = 0; i < sizeof basic_decls / sizeof basic_decls[0]; i++)
        declare(OBJ_TYPENAME, basic_decls[i].name, types_basic[basic_decls[i].kind]);
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
    scope_insert(universe, type_error->u.named.obj);
    Type *empty = type_new(TYPE_INTERFACE);
    empty->u.iface.complete = true;
    declare(OBJ_TYPENAME, "any", empty);

    declare(OBJ_CONST, "true", types_basic[TYPE_UNTYPED_BOOL])->u.cnst.val = const_bool(true);
    declare(OBJ_CONST, "false", types_basic[TYPE_UNTYPED_BOOL])->u.cnst.val = const_bool(false);
    /* iota's value depends on where it is used; the checker supplies it */
    declare(OBJ_CONST, "iota", types_basic[TYPE_UNTYPED_INT])->u.cnst.val = const_int64(0);
    declare(OBJ_NIL, "nil", types_basic[TYPE_UNTYPED_NIL]);
    for (int id = 0; id < BUILTIN_ADD; id++)
        declare(OBJ_BUILTIN, builtin_names[id], types_basic[TYPE_INVALID])->u.builtin.id = (BuiltinId)id;
}
