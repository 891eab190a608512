/*
 * builder.h — what the files of compiler/ssagen share: the Builder (one
 * function under construction), the Val a Go value lowers to, and the
 * functions each file offers the others. Nothing here is meant for
 * outside this folder; ssagen.h is the layer's API.
 *
 * The files, one construct each (as gc splits ssagen and walk):
 *   builder.c  the Builder: blocks, SSA variables (Braun et al.), memory, value constructors
 *   vars.c     where a Go variable lives: SSA variables, stack slot, heap cell, global
 *   expr.c     expressions: constants, conversions, arithmetic, indexing, addresses
 *   field.c    struct fields: offsets, selectors through embedded structs and pointers
 *   literal.c  composite literals: arrays, structs, slices, &T{...}
 *   slice.c    slices: indexing, slicing, make, append, copy, conversions
 *   compare.c  comparisons of words, strings, arrays and structs
 *   float.c    float32/float64: constants, arithmetic, comparisons, conversions
 *   complex.c  complex64/complex128: the same, and complex, real, imag
 *   call.c     calls (ssa/abi.h), runtime calls (rt/runtime.def), parameters, return
 *   builtin.c  print, println, panic, recover, len, cap, new, make, append, copy
 *   stmt.c     statements and structured control flow
 *   range.c    for-range over strings, arrays and slices
 *   map.c      maps: make, literals, m[k], delete, len, range (rt/map.c)
 *   program.c  the package: functions in order, globals, main.init, string
 *              data and type descriptors
 *   closure.c  func values: closures of literals, functions as values
 *   escape.c   escape analysis: what may live in the frame instead of the heap
 *   defer.c    defer and go statements, recover
 *   chan.c     channels: make, send, receive, close, len, cap, range, select
 *   iface.c    interface values: conversions, assertions, type switches,
 *              method calls, comparisons, value-method wrappers
 *   promote.c  methods promoted through embedded fields: calls, method
 *              sets, their wrappers
 *   typedesc.c type descriptors and itabs as data (rt/type.h)
 *   alg.c      equality and hash functions of types (generated ones too)
 *   unsafe.c   unsafe.Add, unsafe.Slice, unsafe.Pointer conversions
 */
#ifndef HOOD_SSAGEN_BUILDER_H
#define HOOD_SSAGEN_BUILDER_H

#include "diag.h"
#include "ssagen.h"

/* Runtime entry points, numbered as rt/runtime.def lists them. */
typedef enum RtId {
#define RTFUNC(name, nargs, nresults, flags) RT_##name,
#include "runtime.def"
#undef RTFUNC
    RT_COUNT
} RtId;

/*
 * A Go value during lowering: either up to three SSA words (a scalar, or a
 * string's pointer and length, or a slice's three words), or the address of
 * a memory-resident value (arrays). Which one depends only on the type
 * (val_words).
 */
typedef struct Val {
    int n;          /* words; 0 means "in memory at addr" */
    Value *w[3];
    Value *addr;    /* n == 0: address of the value */
    Type *type;
} Val;

typedef struct DefSlot {
    int block, var; /* var < 0 marks an empty slot */
    Value *v;
} DefSlot;

typedef struct Incomplete {
    Value *phi;
    int var;
} Incomplete;

typedef VEC(Incomplete) IncompleteList;

/* A break/continue target: the innermost enclosing for, switch or select. */
typedef struct Target {
    Stmt *stmt;          /* the FOR/RANGE/SWITCH statement */
    Stmt *label;         /* the LABELED statement around it, or NULL */
    Block *brk, *cont;   /* cont NULL for switch */
    struct Target *outer;
} Target;

typedef struct LabelBlock {
    const char *name;
    Block *b;
} LabelBlock;

typedef struct Builder {
    Program *prog;
    Package *pkg;
    SsaGen *gen;             /* the package's lowering (program.c) */
    const char *lit_prefix;  /* names of the literals in this function: prefix + N */
    int nlits;               /* literals met so far */
    int nlits_total;         /* literals directly in this function */
    int nwrappers;           /* wrappers of deferred and go'd calls made so far (defer.c) */
    bool has_defer;          /* the body has a defer statement (defer.c) */
    bool open_defers;        /* its defers are open-coded (defer.c): the
                              * slots are s->f->defer_bits and defer_slots */
    int defer_bits_var;      /* then the SSA variable of deferBits' value */
    bool package_init;       /* building PATH.init's package variables */
    Block *recover_exit;     /* where deferprocs go after a recovery, or NULL */
    Func *f;
    Block *cur;              /* NULL after an unconditional transfer */
    VEC(Type *) vartypes;    /* SSA variable -> type; 0 is memory */
    DefSlot *defs;           /* (block, var) -> current value */
    int ndefs, capdefs;
    VEC(char) sealed;        /* by block ID */
    VEC(IncompleteList) incomplete; /* by block ID */
    Target *targets;
    VEC(LabelBlock) labels;
    Block *fallthrough_to;   /* body of the next case clause, inside a switch case */
    Stmt *pending_label;     /* LABELED statement whose inner statement is next */
    /* The function's results: their objects (NULL entries for unnamed);
     * where they travel is s->f->abi. */
    ObjectList results;
    Type *result_tuple;
} Builder;

typedef struct CallResult {
    Val *vals;
    int n;
} CallResult;

/*
 * A run-time check built but not made yet: its condition is computed,
 * the branch to the panic is not. gc makes the bounds and nil checks of
 * an assignment's left side only after the right side is evaluated (its
 * calls come first, stmt.c's "Places"); an address computation given a
 * Checks list therefore records its checks there, up to the first load
 * that depends on them.
 */
typedef struct Check {
    Value *ok;       /* must be true */
    RtId fn;         /* else this noreturn runtime.panic* entry is called */
    Value *args[2];
    Pos pos;
} Check;

typedef VEC(Check) Checks;

typedef struct MapPlace MapPlace;

/* An assignable place, evaluated before the right-hand sides (spec:
 * index expressions and pointer indirections on the left are evaluated
 * first, in order); its checks are made when it is assigned. */
typedef struct Place {
    Object *obj;     /* SSA-resident variable, or NULL */
    Value *addr;     /* memory place */
    MapPlace *map;   /* else m[k] (map.c), stored through mapassign's slot */
    Type *type;
    bool blank;
    bool overlaps;   /* *p = *q of an array: the two may overlap partly */
    Checks checks;   /* to make before storing at addr */
} Place;

static inline Type *t_int(void) { return types_basic[TYPE_INT]; }
static inline Type *t_uintptr(void) { return types_basic[TYPE_UINTPTR]; }
static inline Type *t_bool(void) { return types_basic[TYPE_BOOL]; }
static inline Type *t_ptr(void) { return types_basic[TYPE_UNSAFE_POINTER]; }

/* gc's limit for a declared variable on the stack (MaxStackVarSize):
 * a larger one lives on the heap (vars.c, escape.c). */
#define MAX_STACK_VAR_SIZE (10 << 20)

static inline int64_t align_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

static inline int log2_size(int64_t size)
{
    switch (size) {
    case 1: return 0;
    case 2: return 1;
    case 4: return 2;
    default: return 3;
    }
}

/* The op of family base (Add8, Sub8, ...) for a type of the given size;
 * the families are declared 8, 16, 32, 64 in a row in ops.def. */
static inline Op sized(Op base8, Type *t) { return (Op)(base8 + log2_size(type_size(t))); }

static inline bool is_signed(Type *t) { return type_is_integer(t) && !type_is_unsigned(t); }

static inline Val one(Value *v, Type *t)
{
    Val r = {.n = 1, .type = t};
    r.w[0] = v;
    return r;
}

/* len of a string/slice value. */
static inline Value *val_len(Val x) { return x.w[1]; }

/* The type of the elements of a slice or array type. */
static inline Type *elem_type(Type *t)
{
    Type *u = type_underlying(t);
    return u->kind == TYPE_SLICE ? u->u.slice.elem : u->u.array.elem;
}

/* builder.c */
bool named(Object *obj);
void unsupported(Pos pos, const char *what);
int val_words(Type *t);
Type *word_type(Type *t, int i);
int64_t word_offset(Type *t, int i);
Block *new_block(Builder *s, BlockKind kind, Pos pos);
int new_var(Builder *s, Type *t);
void write_var(Builder *s, Block *b, int var, Value *v);
Value *read_var(Builder *s, Block *b, int var);
void seal(Builder *s, Block *b);
void start_block(Builder *s, Block *b, bool seal_it);
void jump_to(Builder *s, Block *t);
void branch_if(Builder *s, Value *cond, Block *yes, Block *no, int likely);
Block *cur(Builder *s);
Value *counted_loop(Builder *s, int ivar, Value *n, Block *body, Block *done, Block **header, Pos pos);
Value *mem(Builder *s);
void set_mem(Builder *s, Value *m);
Value *v0(Builder *s, Op op, Type *t, Pos pos);
Value *v1(Builder *s, Op op, Type *t, Pos pos, Value *a);
Value *v2(Builder *s, Op op, Type *t, Pos pos, Value *a, Value *b);
Value *const_int(Builder *s, Type *t, int64_t c, Pos pos);
Value *offptr(Builder *s, Value *p, int64_t off, Pos pos);
Value *load(Builder *s, Type *t, Value *p, Pos pos);
void store(Builder *s, Type *t, Value *p, Value *x, Pos pos);
void zero(Builder *s, int64_t size, Value *dst, Pos pos);
Value *temp_addr(Builder *s, Type *t, Pos pos);
Val load_val(Builder *s, Type *t, Value *p, Pos pos);
void store_val(Builder *s, Type *t, Value *p, Val x, Pos pos);
Val copy_val(Builder *s, Val x, Pos pos);
Val zero_val(Builder *s, Type *t, Pos pos);
Builder *new_builder(Program *prog, Package *pkg, const char *name, const char *goname, Pos pos);
void finish(Builder *s, Pos end);

/* vars.c */
Value *heap_alloc(Builder *s, Type *t, Pos pos);
Value *new_object(Builder *s, Type *t, Expr *site, Pos pos);
bool var_on_heap(Builder *s, Object *obj);
Value *declare_heap(Builder *s, Object *obj, Pos pos);
bool var_in_ssa(Object *obj);
Value *var_addr(Builder *s, Object *obj, Pos pos);
Val read_object(Builder *s, Object *obj, Pos pos);
void write_object(Builder *s, Object *obj, Val x, Pos pos);
void declare_local(Builder *s, Object *obj);
void zero_object(Builder *s, Object *obj, Pos pos);

/* field.c */
Value *field_addr(Builder *s, Expr *e, Checks *pend);

/* literal.c */
Val composite_lit(Builder *s, Expr *e);
typedef bool LitVisitor(void *ctx, Expr *el, Type *t, int64_t off, bool blank);
bool lit_elements(Expr *e, Type *t, LitVisitor *visit, void *ctx);
int64_t slice_lit_len(Expr *e);
Value *heap_lit(Builder *s, Expr *e);
bool lit_into(Builder *s, Expr *e, Value *dst, bool zeroed);

/* slice.c */
Value *elem_addr(Builder *s, Value *base, Value *i, Type *et, Pos pos);
Value *elem_type_addr(Builder *s, Type *et, Pos pos);
Value *int_value(Builder *s, Expr *e);
Val slice_expr(Builder *s, Expr *e);
Val make_slice(Builder *s, Expr *e);
Val append_call(Builder *s, Expr *e);
Val copy_call(Builder *s, Expr *e);
Value *slice_copy(Builder *s, Val d, Val y, Pos pos);
bool slice_conversion(Builder *s, Expr *e, Val *res);
/* What program.c builds after the descriptors that ask for them. */
typedef enum GenKind {
    GEN_EQUAL,   /* type..eq.T (alg.c) */
    GEN_HASH,    /* type..hash.T (alg.c) */
    GEN_WRAPPER, /* (*T).m for a value method m (iface.c) */
    GEN_METHOD_VALUE, /* T.m-fm, the code of a method value's closure (iface.c) */
    GEN_METHOD_EXPR, /* I.m, the function of method expression I.m of an interface (iface.c) */
    GEN_PROMOTED, /* S.m or (*S).m for a method m promoted into S's method set (promote.c) */
    GEN_UNREACHABLE, /* runtime.unreachableMethod, the code of methods left out (reach.c) */
} GenKind;

/* program.c */
Sym *string_sym(Builder *s, const char *data, int64_t len);
Sym *type_sym(Builder *s, Type *t);
Sym *gen_type_sym(SsaGen *g, Type *t);
bool gen_has_package(SsaGen *g, const char *path);
Sym *gen_data_sym(SsaGen *g, const char *key, const char *name, bool *fresh);
Sym *gen_itab_sym(SsaGen *g, const char *key, const char *name, bool *fresh);
const char *queue_gen_func(SsaGen *g, GenKind kind, const char *name, Type *t, Object *method);
Sym *funcval_sym(Builder *s, const char *fn);
Sym *global_def(SsaGen *g, Object *v);
Sym *stmp_sym(SsaGen *g, Type *t);
typedef struct Reach Reach;
Reach *gen_reach(SsaGen *g);
/* Builds the imported function of link name name once (none: nothing);
 * why: what refers to it, for hood -d reach (NULL unless gen_tracing). */
void gen_want(SsaGen *g, const char *name, const char *why);
bool gen_tracing(SsaGen *g);
/* A package object (ssagen_start_package) is being built. */
bool gen_pkgobj(SsaGen *g);
/* The function being built, NULL between functions. */
const char *gen_building(SsaGen *g);
/* Appends "KIND\tA\tB" to a package object's summary (no-op otherwise). */
void gen_summary(SsaGen *g, char kind, const char *a, const char *b);
Buf *gen_summary_buf(SsaGen *g);
/* staticinit.c */
bool static_init(Builder *s, Object *v, Expr *rhs);
Sym *static_lit(Builder *s, Expr *e);
const char *queue_func_lit(Builder *s, Expr *e);
const char *queue_defer_wrapper(Builder *s, Type *sig, Type *ctype, int builtin, Pos pos);

/* typedesc.c */
bool is_direct_iface(Type *t);
int64_t type_ptrdata(Type *t);
ObjectList iface_methods(Type *iface);
int iface_method_index(Type *iface, const char *name);
Sym *name_sym(SsaGen *g, const char *s);
void typedesc_build(SsaGen *g, Sym *d);
void typedesc_finish(SsaGen *g, SymList *types);
Sym *itab_sym(SsaGen *g, Type *t, Type *iface);
/* The key of method m (interface or concrete) that reach.c matches
 * calls by: its name and its signature without the receiver. */
const char *method_key(Object *m);
/* Fills the code words of method m of t's method set, at d+ifn_off and
 * (unless -1) d+tfn_off, naming the code in *ifn and *tfn. */
void typedesc_method_code(SsaGen *g, Sym *d, int64_t ifn_off, int64_t tfn_off, Type *t, Object *m,
                          const char **ifn, const char **tfn);
/* The code of method m of t's method set: ifn, called through
 * interfaces, and tfn, through the method table (queued if generated). */
void typedesc_method_names(SsaGen *g, Type *t, Object *m, const char **ifn, const char **tfn);
/* Stores the address of function fn at d+off. */
void typedesc_code_word(Sym *d, int64_t off, const char *fn);

/* reach.c */
Reach *reach_new(void);
/* An interface call of method m: m's key is called. */
void reach_iface_call(SsaGen *g, Object *m);
/* Imported function name is wanted (reflect's Method makes every
 * exported method kept). */
void reach_wanted(SsaGen *g, const char *name);
/* The code words of method m of t's method set in d (a method table or
 * itab): filled now if m is kept, else once it is (reach_resolve). */
void reach_method_slot(SsaGen *g, Sym *d, int64_t ifn_off, int64_t tfn_off, Type *t, Object *m);
/* Descriptor d is used in an interface (converted, or named by code or
 * by data other than descriptors: conservatively, every such use). */
void reach_type_used(SsaGen *g, Sym *d);
/* d's method table is its bytes [off, end). */
void reach_method_table(SsaGen *g, Sym *d, int64_t off, int64_t end);
/* A package object's summary of its data (link/deadcode.h): what each
 * descriptor, itab and variable refers to, and how. */
void reach_summary_data(SsaGen *g);
/* Fills the slots of the methods kept since; whether it filled any. */
bool reach_resolve(SsaGen *g);
/* At the fixpoint: the slots never kept get the code that throws
 * (unreachable_body); whether there were any. */
bool reach_finish(SsaGen *g);
void unreachable_body(Builder *s, Pos pos);

/* alg.c */
bool is_regular_memory(Type *t);
Sym *equal_sym(SsaGen *g, Type *t);
Sym *hash_sym(SsaGen *g, Type *t);
void equal_body(Builder *s, Type *t, Pos pos);
void hash_body(Builder *s, Type *t, Pos pos);

/* defer.c */
void defer_stmt(Builder *s, Stmt *st);
void go_stmt(Builder *s, Stmt *st);
void defer_wrapper_body(Builder *s, Type *sig, Type *ctype, int builtin, Pos pos);
void begin_defers(Builder *s, Scope *scope, Pos pos);
void finish_defers(Builder *s, Pos end);
void open_defers_exit(Builder *s, Pos pos);
/* Whether the defers of the function whose scope is fs are open-coded:
 * their closures live in the frame (escape.c relies on it). */
bool defers_open_coded(Scope *fs);
Val recover_call(Builder *s, Expr *e);

/* escape.c */
void escape_analyze(Package *pkg, bool report);
void escape_reset(void);
bool escape_var_on_stack(Object *obj);
bool escape_alloc_on_stack(Expr *e);

/* closure.c */
Val func_lit(Builder *s, Expr *e);
Val func_lit_closure(Builder *s, Expr *e, bool on_stack);
Val func_value(Builder *s, Object *fn, Pos pos);
Type *func_void(void);
void bind_captures(Builder *s, Scope *scope, Pos pos);
Type *closure_type(Scope *scope);

/* call.c */
Value *emit_call(Builder *s, Sym *fn, Value **regargs, int nregargs, int64_t argsize,
                 bool noreturn, Pos pos);
void rtcall(Builder *s, RtId id, Value **args, Value **res, Type **rtypes, Pos pos);
void check_or_panic(Builder *s, Value *cond, RtId id, Value **args, Pos pos);
CallResult go_call(Builder *s, Expr *e);
CallResult call_func(Builder *s, Type *sig, Object *fn, Value *closure, Val *args, int nargs, Pos pos);
CallResult call_code(Builder *s, Type *sig, Value *code, Val *args, int nargs, Pos pos);
Value *call_words(Builder *s, Sym *fn, Value **args, int nargs, Type *rtype, Pos pos);
Value *select_result(Builder *s, Value *call, Type *t, int reg, Pos pos);
/* What a call calls (call.c, callee_of). */
typedef struct Callee {
    Type *sig;        /* full signature: a method's receiver first */
    Object *fn;       /* a declared function or method, or NULL */
    Value *closure;   /* else the func value */
    Value *code;      /* else an interface method's code (iface.c) */
    Val recv;         /* a method's receiver, if has_recv */
    bool has_recv;
} Callee;

Type *full_sig(Type *sig);
bool method_callee(Builder *s, Expr *fun, Callee *c);
bool callee_of(Builder *s, Expr *e, Callee *c);
Val *call_args(Builder *s, Expr *e, Callee *c, int *nargs);
Val call_expr(Builder *s, Expr *e);
void bind_params(Builder *s, Type *sig, Pos pos);
void emit_return(Builder *s, Val *vals, Pos pos);

/* iface.c */
Val to_iface(Builder *s, Val v, Type *to, Pos pos);
Val assign_conv(Builder *s, Val v, Type *to, Pos pos);
Val type_assert(Builder *s, Expr *e, Value **okp);
bool iface_callee(Builder *s, Expr *fun, Callee *c);
const char *method_wrapper(SsaGen *g, Object *m);
void wrapper_body(Builder *s, Object *m, Pos pos);
Val method_value(Builder *s, Expr *e);
void method_value_body(Builder *s, Type *rt, Object *m, Pos pos);
void method_expr_body(Builder *s, Type *iface, Object *m, Pos pos);
Val *forward_params(Builder *s, Type *first, Type *sig, int *n, Pos pos);
Value *iface_equal(Builder *s, Val x, Val y, Pos pos);
void type_switch_stmt(Builder *s, Stmt *st);

/* promote.c */
bool is_promoted(Type *t, Object *m);
Expr *explicit_selector(Expr *e);
void promoted_methods(Type *t, ObjectList *ms);
const char *promoted_wrapper(SsaGen *g, Type *rt, Object *m);
void promoted_code(SsaGen *g, Type *t, Object *m, const char **ifn, const char **tfn);
void promoted_body(Builder *s, Type *rt, Object *m, Pos pos);

/* float.c */
Value *const_float(Builder *s, Type *t, double d, Pos pos);
Value *float_const_val(Builder *s, Const *c, Type *t, Pos pos);
Value *float_arith(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos);
Value *float_neg(Builder *s, Value *x, Type *t, Pos pos);
Value *float_compare(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos);
Value *convert_float(Builder *s, Value *x, Type *from, Type *to, Pos pos);

/* complex.c */
Val complex_const_val(Builder *s, Const *c, Type *t, Pos pos);
Val complex_arith(Builder *s, TokenKind op, Val x, Val y, Type *t, Pos pos);
Val complex_neg(Builder *s, Val x, Type *t, Pos pos);
Value *complex_equal(Builder *s, Val x, Val y, Type *t, Pos pos);
Val convert_complex(Builder *s, Val x, Type *to, Pos pos);
Val complex_builtin(Builder *s, Expr *e, BuiltinId id);
void print_complex(Builder *s, Val x, Pos pos);

/* unsafe.c */
bool unsafe_conversion(Builder *s, Expr *e, Val *res);
Val unsafe_call(Builder *s, Expr *e, BuiltinId id);

/* builtin.c */
Val builtin_call(Builder *s, Expr *e, BuiltinId id);
void print_vals(Builder *s, Val *vals, int n, bool ln, const Pos *poss, Pos pos);
void panic_val(Builder *s, Val v, Type *t, Pos pos);

/* compare.c */
Value *string_compare(Builder *s, TokenKind op, Val a, Val b, Pos pos);
Value *compare_words(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos);
bool is_nil_expr(Expr *e);
Value *compare_nil(Builder *s, TokenKind op, Val v, Pos pos);
Value *equal_at(Builder *s, Type *t, Value *p, Value *q, Pos pos);
Value *equal_vals(Builder *s, Val x, Val y, Type *t, Pos pos);

/* expr.c */
Value *convert_int(Builder *s, Value *x, Type *from, Type *to, Pos pos);
Value *to_int64(Builder *s, Value *x, Type *from, Pos pos);
Val string_concat(Builder *s, Val a, Val b, Type *t, Pos pos);
Value *shift(Builder *s, TokenKind op, Value *x, Type *t, Value *cnt, Type *ct, Pos pos);
Value *arith(Builder *s, TokenKind op, Value *x, Value *y, Type *t, Pos pos);
void guard(Builder *s, Checks *pend, Value *ok, RtId fn, Value **args, Pos pos);
void nil_check(Builder *s, Value *p, Checks *pend, Pos pos);
void flush_checks(Builder *s, Checks *pend);
Value *checked_index(Builder *s, Expr *ie, Value *len, Checks *pend, Pos pos);
Pos check_pos(Pos lbrack, Pos pos);
Value *address(Builder *s, Expr *e, Checks *pend);
Value *addr_of(Builder *s, Expr *e);
Val conversion(Builder *s, Expr *e);
Val expr(Builder *s, Expr *e);
Value *expr1(Builder *s, Expr *e);
Expr *unqualify(Expr *e);
void cond_branch(Builder *s, Expr *e, Block *yes, Block *no);

/* stmt.c */
bool is_blank(Expr *e);
void stmts(Builder *s, StmtList *l);
bool declare_defined(Builder *s, ExprList *lhs);
bool comma_ok(Builder *s, Expr *r, Val *vals);
Place place(Builder *s, Expr *e);
void assign_place(Builder *s, Place p, Val v, Pos pos);
void return_stmt(Builder *s, Stmt *st);
void push_target(Builder *s, Target *t, Stmt *st, Block *brk, Block *cont);
void stmt(Builder *s, Stmt *st);

/* range.c */
void range_assign(Builder *s, Stmt *st, Val *k, Val *v);
void range_body(Builder *s, Stmt *st, Block *post, Block *done);
void range_stmt(Builder *s, Stmt *st);

/* map.c */
bool is_map_index(Expr *e);
Val map_index(Builder *s, Expr *e, Value **okp);
Val make_map(Builder *s, Expr *e);
Val map_lit(Builder *s, Expr *e, Type *mt);
Value *len_word(Builder *s, Value *h, int64_t off, Pos pos);
void map_delete(Builder *s, Type *mt, Value *h, Val k, Pos pos);
void delete_call(Builder *s, Expr *e);
MapPlace *map_place(Builder *s, Expr *x, Checks *pend);
Value *map_place_slot(Builder *s, MapPlace *mp, Checks *pend, Pos pos);
Val map_place_value(Builder *s, MapPlace *mp, Checks *pend, Pos pos);
void map_range(Builder *s, Stmt *st);

/* chan.c */
bool is_receive(Expr *e);
Val make_chan(Builder *s, Expr *e);
void send_stmt(Builder *s, Stmt *st);
Val chan_recv(Builder *s, Expr *e, Value **okp);
void recv_stmt(Builder *s, Expr *e);
void close_call(Builder *s, Expr *e);
void chan_range(Builder *s, Stmt *st);
void select_stmt(Builder *s, Stmt *st);

#endif
