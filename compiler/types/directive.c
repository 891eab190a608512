/*
 * directive.c — what the checker does with a package's //go: directives
 * (the parser has attached them to declarations and listed each file's
 * //go:linkname lines, compiler/syntax/pragma.def).
 *
 * //go:linkname local [remote] gives the package-level function or
 * variable local the symbol remote, as gc does: a function without a
 * body then calls whatever defines remote (the runtime, rt/linkname.def,
 * or another package), a function with a body is defined under remote,
 * and a variable names the storage behind remote (ssagen emits a
 * linknamed variable as a weak definition, so that the runtime's own
 * data or another package's variable of that symbol wins). Every use of
 * the object goes through Object.link_name, so calls, function values
 * and the contract check of body-less functions (cmd/program.c) all see
 * the new symbol. The rules and messages are gc's: the file must import
 * "unsafe", local must be declared in the package block as a function
 * or variable, and only once.
 *
 * The other directives: those only package runtime may use, //go:embed
 * (not supported yet), and //go:noescape only without a body. (gc reports
 * the first during parsing; hood's parser does not know the package.)
 */
#include <string.h>

#include "check.h"

/* Whether file f imports path (under any name, "_" included). */
static bool file_imports(const File *f, const char *path)
{
    size_t n = strlen(path);
    for (int i = 0; i < f->decls.n; i++) {
        const Decl *d = f->decls.v[i];
        const Expr *lit = d->kind == DECL_IMPORT ? d->u.import.path : NULL;
        /* "path" or `path`: no escapes in an import path worth honouring */
        if (lit && lit->u.basic_lit.len == (int)n + 2 &&
            memcmp(lit->u.basic_lit.lit + 1, path, n) == 0)
            return true;
    }
    return false;
}

static void apply_linkname(Checker *c, const File *f, const Linkname *l)
{
    if (!file_imports(f, "unsafe")) {
        error_at(l->pos, "//go:linkname only allowed in Go files that import \"unsafe\"");
        return;
    }
    Object *o = scope_lookup_local(c->pkg->scope, l->local);
    if (!o || (o->kind != OBJ_FUNC && o->kind != OBJ_VAR)) {
        /* before Go 1.18 such a directive did nothing */
        if (check_allow_version(c, 1, 18))
            error_at(l->pos, "//go:linkname must refer to declared function or variable");
        return;
    }
    if (o->linknamed) {
        error_at(l->pos, "duplicate //go:linkname for %s", l->local);
        return;
    }
    o->linknamed = true;
    if (l->remote)
        o->link_name = l->remote;
}

void check_directives(Checker *c, File **files, int nfiles)
{
    const char *path = c->pkg->path;
    bool runtime = strcmp(path, "runtime") == 0 || strncmp(path, "runtime/internal/", 17) == 0;
    for (int i = 0; i < nfiles; i++) {
        File *f = files[i];
        for (int j = 0; j < f->linknames.n; j++)
            apply_linkname(c, f, &f->linknames.v[j]);
        for (int j = 0; j < f->directives.n && !runtime; j++)
            if (f->directives.v[j].flags & PRAGMA_RUNTIME_FLAGS)
                error_at(f->directives.v[j].pos, "//%s only allowed in runtime", f->directives.v[j].verb);
        for (int j = 0; j < f->decls.n; j++) {
            Decl *d = f->decls.v[j];
            if (d->kind == DECL_FUNC) {
                Pos at = d->u.func.name->pos;
                if ((d->pragma & PRAGMA_NOESCAPE) && d->u.func.body)
                    error_at(at, "can only use //go:noescape with external func implementations");
                if ((d->pragma & PRAGMA_NOSPLIT) && (d->pragma & PRAGMA_SYSTEMSTACK))
                    error_at(at, "go:nosplit and go:systemstack cannot be combined");
            }
            if (d->kind == DECL_VAR && d->embed.line != 0)
                check_embed(c, f, d, false);
        }
    }
}

void check_embed(Checker *c, const File *f, const Decl *d, bool in_func)
{
    /* gc's checks, in its order */
    if (!file_imports(f, "embed"))
        error_at(d->embed, "go:embed only allowed in Go files that import \"embed\"");
    else if (d->u.value.names.n > 1)
        error_at(d->embed, "go:embed cannot apply to multiple vars");
    else if (d->u.value.values.n > 0)
        error_at(d->embed, "go:embed cannot apply to var with initializer");
    else if (!d->u.value.type)
        error_at(d->embed, "go:embed cannot apply to var without type");
    else if (in_func)
        error_at(d->embed, "go:embed cannot apply to var inside func");
    else if (!check_allow_version(c, 1, 16))
        check_version_error(c, d->embed, "go1.16", "go:embed");
    else
        check_unsupported(d->embed, "//go:embed");
}
