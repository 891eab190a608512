/*
 * compile.c — the pass manager. It expands ssa/passes.def (the one place
 * the pipeline and its ordering constraints are written) into a table,
 * checks the table against the constraints once, and runs it over a
 * function: skipping optional passes under -N, naming the running pass
 * for ice(), verifying the IR between passes, and dumping the function
 * for `hood ssa` (the format of ssa/print.c).
 */
#include "passes.h"
#include "diag.h"

#include <string.h>

/* The target's passes, reached through its hooks (ssa.h's Arch). */
static void arch_lower(Func *f) { ssa_arch->lower(f); }
static void arch_regalloc(Func *f) { ssa_arch->regalloc(f); }
static void arch_stackframe(Func *f) { ssa_arch->stackframe(f); }

typedef struct Pass {
    const char *name;
    void (*fn)(Func *f);
    bool required; /* needed for correct code; runs under -N too */
} Pass;

static const Pass passes[] = {
#define PASS(name, fn, required) {name, fn, required},
#include "passes.def"
};

static const char *const pass_names[] = {
#define PASS(name, fn, required) name,
#include "passes.def"
    NULL,
};

static const PassOrder pass_order[] = {
#define ORDER(before, after, reason) {before, after, reason},
#include "passes.def"
    {NULL, NULL, NULL},
};

const char *const *ssa_pass_names(void)
{
    return pass_names;
}

const PassOrder *ssa_pass_order(void)
{
    return pass_order;
}

static int index_of(const char *const *names, const char *name)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return -1;
}

const char *ssa_pass_order_error(const char *const *names, const PassOrder *order)
{
    for (const PassOrder *o = order; o->before; o++) {
        int before = index_of(names, o->before), after = index_of(names, o->after);
        if (before < 0 || after < 0)
            return xprintf("no pass \"%s\" for the constraint \"%s\" before \"%s\"",
                           before < 0 ? o->before : o->after, o->before, o->after);
        if (before >= after)
            return xprintf("\"%s\" must come before \"%s\": %s", o->before, o->after, o->reason);
    }
    return NULL;
}

void ssa_check_pass_order(void)
{
    const char *err = ssa_pass_order_error(pass_names, pass_order);
    if (err)
        ice((Pos){0}, "ssa/passes.def: %s", err);
}

/* Lowering rewrites values in place into Copy of their replacement;
 * regalloc has no notion of Copy, so they are short-circuited and the
 * values they orphan deleted before scheduling. */
void ssa_lowered_deadcode(Func *f)
{
    ssa_copyelim(f);
    ssa_deadcode(f);
}

/* Whether `name` is one of the comma-separated names in `list`. Pass
 * names contain spaces, which are awkward on a command line, so '_' in
 * the list matches ' ' in the name (as gc's -d=ssa/PASS does). */
static bool in_list(const char *list, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n) {
            size_t i = 0;
            while (i < n && (p[i] == name[i] || (p[i] == '_' && name[i] == ' ')))
                i++;
            if (i == n)
                return true;
        }
        if (!end)
            break;
        p = end + 1;
    }
    return false;
}

/* dump_func "*" dumps every function. */
static bool dumping(const PassOptions *opt, Func *f)
{
    return opt->dump && opt->dump_func &&
           (strcmp(opt->dump_func, "*") == 0 || strcmp(opt->dump_func, f->name) == 0 ||
            (f->goname && strcmp(opt->dump_func, f->goname) == 0));
}

static void dump(const PassOptions *opt, Func *f, const char *pass, const char *header)
{
    if (opt->dump_passes && !in_list(opt->dump_passes, pass))
        return;
    buf_puts(opt->dump, header);
    ssa_print(opt->dump, f);
}

bool ssa_run_pass(Func *f, const char *name)
{
    for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
        if (strcmp(passes[i].name, name) == 0) {
            f->pass = passes[i].name;
            ice_context(f->pass, f->goname);
            passes[i].fn(f);
            return true;
        }
    }
    return false;
}

void ssa_compile(Func *f, const PassOptions *opt)
{
    /* The table is constant, so once per process is enough; before the
     * first function, so a bad order never compiles anything. */
    static bool order_checked;
    if (!order_checked) {
        ssa_check_pass_order();
        order_checked = true;
    }
    bool dump_f = dumping(opt, f);
    f->pass = "start";
    ice_context(f->pass, f->goname);
    if (opt->check)
        ssa_check(f);
    if (dump_f)
        dump(opt, f, "start", "start:\n");
    for (size_t i = 0; i < sizeof passes / sizeof passes[0]; i++) {
        const Pass *p = &passes[i];
        if (!opt->optimize && !p->required)
            continue;
        f->pass = p->name;
        ice_context(f->pass, f->goname);
        p->fn(f);
        if (opt->check)
            ssa_check(f);
        if (dump_f)
            dump(opt, f, p->name, xprintf("after %s:\n", p->name));
    }
    /* Errors after this point (emission, the next function) are not
     * this pass's; f->pass keeps the last pass's name. */
    ice_context(NULL, NULL);
}
