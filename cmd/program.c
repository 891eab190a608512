/*
 * program.c — the packages of one program: the checker's importer.
 *
 * hood compiles a program whole: the main package and, from source,
 * every package it imports (compiler/load finds them: GOROOT, hood's
 * overlay, the main module). The checker asks for an import when it
 * meets the import declaration (CheckImporter); program_import then
 * loads that package's closure in dependency order, parses and checks
 * each package of it not checked yet, and hands back the checked
 * package. Checking an imported package thus happens in the middle of
 * checking its importer, which the checker allows (each package has its
 * own Checker).
 *
 * An import is not supported yet (the importer returns NULL, and the
 * checker says so at the import) when its closure holds a package that
 * hood must write itself because it is welded to gc's runtime and ABI
 * (runtime, reflect, ...: docs/design.md, "The package loader") and the
 * overlay does not have it yet, or a package whose files cannot be
 * compiled yet (assembly: a function declared without a body), or one
 * declaring a struct the runtime shares (rt/layout.def) with a layout
 * other than the runtime's.
 *
 * Packages can also be declared by their files (hood build -package
 * PATH=FILES, as Go's test suite builds its NAME.dir tests); they come
 * before the loader's. A relative import "./x" means PREFIX/x, PREFIX
 * given by -D as to gc's compiler.
 *
 * program_packages lists the checked packages in dependency order, the
 * order their initialisers run in (compiler/ssagen/program.c).
 *
 * With a build cache (program_set_cache), a loaded package whose key
 * has export data in the cache is read from it instead of parsed and
 * checked, and one checked without errors is stored. Such a package has
 * no files or function bodies: `hood build` (program_set_objects)
 * reads a package from the cache only with its compiled object, and
 * stores the export data of the others itself once it has compiled
 * them (docs/design.md, "Package objects").
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "export.h"
#include "load.h"
#include "program.h"

/* Packages tied to gc's runtime and ABI, which hood writes itself (in
 * its overlay) rather than compiles from GOROOT. */
static const char *const hood_owned[] = {
    "reflect",
    "internal/abi", "runtime/internal/atomic", "runtime/internal/sys",
};

/* The symbols of body-less functions the runtime provides (the contract
 * tables rt/linkname.def and, for package runtime, rt/runtime.def). */
static const char *const provided[] = {
#define GOFUNC(sym, cfunc, nargs, nresults) sym,
#define GOASM(sym) sym,
#define GOCALLED(sym)
#include "linkname.def"
#undef GOFUNC
#undef GOASM
#undef GOCALLED
#define RTFUNC(name, nargs, nresults, flags) "runtime." #name,
#define RTASM(name, nargs, nresults, flags) "runtime." #name,
#include "runtime.def"
#undef RTFUNC
#undef RTASM
};

static bool runtime_provides(const char *sym)
{
    for (size_t i = 0; i < sizeof provided / sizeof provided[0]; i++)
        if (strcmp(provided[i], sym) == 0)
            return true;
    return false;
}

/* The structs a Go package shares with the runtime (rt/layout.def): for
 * each, its size (field NULL) and the offsets of its fields. */
static const struct SharedLayout {
    const char *pkg, *type, *field;
    int64_t value;
} shared_layouts[] = {
#define LAYOUT(pkg, gotype, ctype, size) {pkg, gotype, NULL, size},
#define FIELD(pkg, gotype, ctype, gofield, cfield, offset) {pkg, gotype, gofield, offset},
#include "layout.def"
#undef LAYOUT
#undef FIELD
};

/* Why pkg's declaration of a struct it shares with the runtime differs
 * from the runtime's (the C side is checked against the same table when
 * the runtime is built), or NULL if none does. */
static const char *layout_mismatch(const Package *pkg)
{
    for (size_t i = 0; i < sizeof shared_layouts / sizeof shared_layouts[0]; i++) {
        const struct SharedLayout *l = &shared_layouts[i];
        if (strcmp(l->pkg, pkg->path) != 0)
            continue;
        Object *o = scope_lookup_local(pkg->scope, intern_cstr(l->type));
        Type *t = o && o->kind == OBJ_TYPENAME ? type_underlying(o->type) : NULL;
        if (!t || t->kind != TYPE_STRUCT)
            return xprintf("%s.%s is not a struct type, as the runtime expects (rt/layout.def)", l->pkg, l->type);
        if (!l->field) {
            if (type_size(t) != l->value)
                return xprintf("%s.%s is %lld bytes, the runtime's %lld (rt/layout.def)", l->pkg, l->type,
                               (long long)type_size(t), (long long)l->value);
            continue;
        }
        int k = 0;
        while (k < t->u.strct.fields.n && strcmp(t->u.strct.fields.v[k]->name, l->field) != 0)
            k++;
        if (k == t->u.strct.fields.n)
            return xprintf("%s.%s has no field %s, which the runtime uses (rt/layout.def)", l->pkg, l->type,
                           l->field);
        if (type_field_offset(t, k) != l->value)
            return xprintf("%s.%s.%s is at offset %lld, the runtime's at %lld (rt/layout.def)", l->pkg, l->type,
                           l->field, (long long)type_field_offset(t, k), (long long)l->value);
    }
    return NULL;
}

/* UNSEEN -> (declared packages) CHECKING -> CHECKED or UNSUPPORTED;
 * (loaded packages) PENDING -> CHECKED or UNSUPPORTED. */
typedef enum State { UNSEEN, CHECKING, PENDING, CHECKED, UNSUPPORTED } State;

/* What is known of one import path. */
typedef struct Entry {
    const char *path; /* interned */
    State state;
    Package *pkg;     /* CHECKED */
    const char *name; /* the package clause's name, once known */
    const char *why;  /* UNSUPPORTED: why, for the importer's message (or NULL) */
    const char **files; /* a declared package's files (program_declare) */
    int nfiles;
    const char *key;  /* CHECKED, with a cache: the package's cache key (NULL: not cacheable) */
    bool cached;      /* CHECKED: read from the cache */
} Entry;

struct ProgramSet {
    Loader *loader;
    const char *prefix;   /* for relative imports; NULL: none */
    const char *lang;     /* -lang of the packages declared by their files */
    VEC(Entry) entries;
    VEC(Package *) order; /* checked packages, dependencies first */
    Cache *cache;         /* NULL: none */
    int from_cache;       /* packages read from the cache */
    bool objects;         /* the cache's entries are package objects (program_set_objects) */
};

/* Whether function o, read from export data, has a body named sym. */
static bool defines_imported(const Object *o, const char *sym)
{
    return o->kind == OBJ_FUNC && o->u.func.has_body && o->link_name && strcmp(o->link_name, sym) == 0;
}

static bool defines(const Package *q, const char *sym)
{
    for (int j = 0; j < q->funcs.n; j++)
        if (strcmp(q->funcs.v[j]->u.func.obj->link_name, sym) == 0)
            return true;
    if (q->nfiles > 0 || q == types_unsafe_package)
        return false;
    /* read from export data: its functions and methods */
    for (int j = 0; j < q->scope->objects.n; j++) {
        Object *o = q->scope->objects.v[j];
        if (defines_imported(o, sym))
            return true;
        if (o->kind == OBJ_TYPENAME && o->type->kind == TYPE_NAMED && o->type->u.named.obj == o)
            for (int k = 0; k < o->type->u.named.methods.n; k++)
                if (defines_imported(o->type->u.named.methods.v[k], sym))
                    return true;
    }
    return false;
}

bool program_provides(ProgramSet *p, const Package *also, const char *sym)
{
    if (runtime_provides(sym) || (also && defines(also, sym)))
        return true;
    for (int i = 0; i < p->order.n; i++)
        if (defines(p->order.v[i], sym))
            return true;
    return false;
}

static Entry *entry(ProgramSet *p, const char *path)
{
    for (int i = 0; i < p->entries.n; i++)
        if (p->entries.v[i].path == path)
            return &p->entries.v[i];
    Entry e = {path, UNSEEN, NULL, NULL, NULL, NULL, 0, NULL};
    vec_push(&p->entries, e);
    return &p->entries.v[p->entries.n - 1];
}

static bool is_hood_owned(const char *path)
{
    for (size_t i = 0; i < sizeof hood_owned / sizeof hood_owned[0]; i++)
        if (strcmp(path, hood_owned[i]) == 0)
            return true;
    return false;
}

/* Whether GOROOT's package path declares name at package level (for a
 * name that hood's own version of the package lacks: "not supported
 * yet" rather than "undefined"). Only asked on that error path, so a
 * plain text search of the package's files will do: a line that starts
 * a declaration of name, alone ("func Name(", "type Name ", ...) or in
 * a group ("\tName = ...", "\tName Type"). */
static bool upstream_has(void *ctx, const char *path, const char *name)
{
    ProgramSet *p = ctx;
    const char *dir = xprintf("%s/src/%s", load_goroot(p->loader), path);
    DIR *d = opendir(dir);
    if (!d)
        return false;
    size_t n = strlen(name);
    bool found = false;
    for (struct dirent *e; !found && (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        if (len < 3 || strcmp(e->d_name + len - 3, ".go") != 0 || strstr(e->d_name, "_test.go"))
            continue;
        size_t size;
        char *text = read_file(xprintf("%s/%s", dir, e->d_name), &size);
        for (char *line = text; !found && line && *line;) {
            char *s = line;
            if (strncmp(s, "func ", 5) == 0 || strncmp(s, "type ", 5) == 0 || strncmp(s, "var ", 4) == 0 ||
                strncmp(s, "const ", 6) == 0)
                s = strchr(s, ' ') + 1;
            else if (*s == '\t')
                s++;
            else
                s = NULL;
            found = s && strncmp(s, name, n) == 0 && strchr(" (,=[", s[n]);
            line = strchr(line, '\n');
            line = line ? line + 1 : NULL;
        }
    }
    closedir(d);
    return found;
}

/* Parses and checks loaded package q, whose imports are all checked.
 * NULL with *why set if it cannot be compiled yet. */
static Package *check_loaded(ProgramSet *p, LoadPackage *q, const char **why)
{
    /* Go's own packages compile with gc, so an error in one is something
     * hood cannot compile yet: it becomes the importer's reason (its
     * first error, with its place) rather than errors of their own at
     * places the program's author never wrote. Errors in hood's overlay
     * or the program's module are reported as they are. */
    int mark = diag_mark();
    File **files = NEWARRAY(File *, q->files.n);
    for (int i = 0; i < q->files.n; i++)
        files[i] = parse_file(q->files.v[i].source);
    CheckConfig cfg = {.path = q->path, .partial = q->origin == LOAD_OVERLAY, .upstream_has = upstream_has,
                       .import = program_import, .ctx = p};
    Package *pkg = check_package_config(&cfg, files, q->files.n);
    if (q->origin == LOAD_STD && diag_mark() > mark) {
        *why = diag_take(mark);
        return NULL;
    }
    /* Bodies in assembly: hood does not assemble Go's .s files; the
     * runtime provides some (rt/linkname.def). */
    for (int i = 0; i < pkg->bodyless.n; i++) {
        Object *fn = pkg->bodyless.v[i]->u.func.obj;
        if (!program_provides(p, pkg, fn->link_name)) {
            *why = xprintf("function %s has no body", fn->link_name);
            return NULL;
        }
    }
    if ((*why = layout_mismatch(pkg)))
        return NULL;
    return pkg;
}

/* export_package's resolver: a package imported already. */
static Package *resolve_checked(void *ctx, const char *path)
{
    ProgramSet *p = ctx;
    Entry *e = entry(p, intern_cstr(path));
    return e->state == CHECKED ? e->pkg : NULL;
}

/* The cache key of loaded package q, whose imports are all CHECKED;
 * NULL if one of them has none (a package declared by its files). */
static const char *cache_key(ProgramSet *p, LoadPackage *q)
{
    const char **keys = NEWARRAY(const char *, q->imports.n);
    for (int k = 0; k < q->imports.n; k++)
        if (!(keys[k] = entry(p, q->imports.v[k].pkg->path)->key))
            return NULL;
    return cache_package_key(p->cache, q, keys);
}

/* q read from the cache's export data under key, or NULL. */
static Package *from_cache(ProgramSet *p, const char *key)
{
    char *data;
    size_t len;
    if (!key || (p->objects && (!cache_file(p->cache, key, "object") || !cache_file(p->cache, key, "summary"))))
        return NULL;
    if (!cache_get(p->cache, key, "export", &data, &len))
        return NULL;
    const char *err = NULL;
    Package *pkg = import_package(data, len, resolve_checked, p, &err);
    free(data);
    if (pkg)
        p->from_cache++;
    if (pkg && pkg->partial) { /* a name it lacks is "not supported yet" (check_hood_lacks) */
        CheckConfig *cfg = NEW(CheckConfig);
        *cfg = (CheckConfig){.path = pkg->path, .partial = true, .upstream_has = upstream_has,
                             .import = program_import, .ctx = p};
        pkg->cfg = cfg;
    }
    return pkg; /* a malformed entry is rewritten after the check */
}

static void to_cache(ProgramSet *p, const char *key, Package *pkg)
{
    program_store_export(p->cache, key, pkg);
}

void program_store_export(Cache *c, const char *key, Package *pkg)
{
    Buf b = {0};
    export_package(pkg, &b);
    cache_put(c, key, "export", b.s ? b.s : "", b.len);
    free(b.s);
}

bool program_syntax_errors(File **files, int nfiles)
{
    for (int i = 0; i < nfiles; i++)
        if (files[i]->syntax_errors > 0)
            return true;
    return false;
}

ProgramSet *program_new(Loader *loader, const char *local_prefix, const char *lang)
{
    ProgramSet *p = NEW(ProgramSet);
    p->loader = loader;
    p->prefix = local_prefix;
    p->lang = lang;
    return p;
}

void program_set_cache(ProgramSet *p, Cache *c)
{
    p->cache = c;
}

int program_from_cache(ProgramSet *p)
{
    return p->from_cache;
}

void program_set_objects(ProgramSet *p)
{
    p->objects = true;
}

const char *program_package_key(ProgramSet *p, const Package *pkg, bool *cached)
{
    for (int i = 0; i < p->entries.n; i++)
        if (p->entries.v[i].state == CHECKED && p->entries.v[i].pkg == pkg) {
            *cached = p->entries.v[i].cached;
            return p->entries.v[i].key;
        }
    *cached = false;
    return NULL;
}

void program_declare(ProgramSet *p, const char *path, const char **files, int nfiles)
{
    Entry *e = entry(p, intern_cstr(path));
    e->files = files;
    e->nfiles = nfiles;
}

/* "./x" and "../x" under the prefix, cleaned ("test/x"); NULL if path
 * is not relative. */
static const char *local_path(ProgramSet *p, const char *path)
{
    if (strncmp(path, "./", 2) != 0 && strncmp(path, "../", 3) != 0)
        return NULL;
    VEC(const char *) parts = {0};
    char *all = xprintf("%s/%s", p->prefix ? p->prefix : ".", path);
    for (char *tok = strtok(all, "/"); tok; tok = strtok(NULL, "/")) {
        if (strcmp(tok, ".") == 0)
            continue;
        if (strcmp(tok, "..") == 0 && parts.n > 0 && strcmp(parts.v[parts.n - 1], "..") != 0)
            parts.n--;
        else
            vec_push(&parts, tok);
    }
    Buf b = {0};
    for (int i = 0; i < parts.n; i++)
        buf_printf(&b, "%s%s", i ? "/" : "", parts.v[i]);
    const char *r = intern_cstr(b.s ? b.s : ".");
    free(b.s);
    return r;
}

/* Parses and checks a package declared by its files. */
static Package *check_declared(ProgramSet *p, Entry *e)
{
    const char *path = e->path;
    int n = e->nfiles;
    const char **names = e->files;
    File **files = NEWARRAY(File *, n);
    for (int i = 0; i < n; i++) {
        size_t len;
        char *text = read_file(names[i], &len);
        if (!text) {
            error_at((Pos){0}, "open %s: %s", names[i], strerror(errno));
            return NULL;
        }
        files[i] = parse_file(source_add(names[i], text, len));
    }
    if (n > 0 && files[0]->package_name)
        e->name = files[0]->package_name->u.ident.name;
    if (program_syntax_errors(files, n))
        return NULL;
    CheckConfig cfg = {.path = path, .import = program_import, .ctx = p, .lang = p->lang};
    return check_package_config(&cfg, files, n);
}

Package *program_import(void *ctx, const char *path, const char **name, const char **why)
{
    ProgramSet *p = ctx;
    const char *local = local_path(p, path);
    Entry *e = entry(p, local ? local : path);
    if (e->state == CHECKING) {
        error_at((Pos){0}, "import cycle not allowed: %s", e->path);
        return NULL;
    }
    if (e->state != UNSEEN) {
        if (e->name)
            *name = e->name;
        if (e->state == UNSUPPORTED)
            *why = e->why;
        return e->pkg;
    }
    if (e->files) {
        const char *epath = e->path;
        e->state = CHECKING;
        int errors0 = error_count(); /* the importer's */
        Package *pkg = check_declared(p, e);
        e = entry(p, epath); /* nested imports may have moved the entries */
        e->state = pkg && error_count() == errors0 ? CHECKED : UNSUPPORTED;
        if (e->state == CHECKED && (e->why = layout_mismatch(pkg))) {
            e->state = UNSUPPORTED;
            *why = e->why;
        }
        if (e->state == CHECKED) {
            e->pkg = pkg;
            vec_push(&p->order, pkg);
        }
        if (e->name)
            *name = e->name;
        return e->pkg;
    }
    e->state = UNSUPPORTED;
    LoadPackage *root = load_import_path(p->loader, path);
    if (!root)
        return NULL;
    if (root->name)
        *name = entry(p, path)->name = intern_cstr(root->name);
    /* Which packages of the closure can be compiled (PENDING): those not
     * welded to gc's runtime, importing only such packages. Nothing is
     * checked when the root cannot be compiled. */
    LoadPackageList deps = load_deps(p->loader, &root, 1);
    for (int i = 0; i < deps.n; i++) {
        LoadPackage *q = deps.v[i];
        Entry *qe = entry(p, q->path);
        if (strcmp(q->path, "unsafe") == 0) { /* the checker's own */
            qe->state = CHECKED;
            qe->pkg = types_unsafe_package;
            qe->key = "unsafe"; /* built in: the build id covers it */
            continue;
        }
        if (qe->state == CHECKED || (qe->state == UNSUPPORTED && q != root))
            continue;
        qe->state = PENDING;
        if (is_hood_owned(q->path) && q->origin != LOAD_OVERLAY) {
            qe->state = UNSUPPORTED;
            qe->why = xprintf("%s is not written yet", q->path);
            continue;
        }
        for (int k = 0; k < q->imports.n && qe->state == PENDING; k++) {
            LoadPackage *d = q->imports.v[k].pkg;
            Entry *de = d ? entry(p, d->path) : NULL;
            qe = entry(p, q->path);
            if (!de || de->state == UNSUPPORTED) {
                qe->state = UNSUPPORTED;
                qe->why = de ? de->why : NULL;
            }
        }
    }
    /* the importer's own errors so far (a malformed literal, say, after
     * which it is still checked) do not stop its imports */
    int errors0 = error_count();
    for (int i = 0; i < deps.n && entry(p, path)->state == PENDING && error_count() == errors0; i++) {
        LoadPackage *q = deps.v[i];
        Entry *qe = entry(p, q->path);
        if (qe->state != PENDING)
            continue;
        for (int k = 0; k < q->imports.n && qe->state == PENDING; k++) {
            Entry *de = entry(p, q->imports.v[k].pkg->path);
            qe = entry(p, q->path);
            if (de->state != CHECKED) {
                qe->state = UNSUPPORTED;
                qe->why = de->why;
            }
        }
        if (qe->state != PENDING)
            continue;
        const char *qwhy = NULL, *key = p->cache ? cache_key(p, q) : NULL;
        Package *pkg = from_cache(p, key);
        bool cached = pkg != NULL;
        if (!pkg)
            pkg = check_loaded(p, q, &qwhy);
        qe = entry(p, q->path); /* the checks may have grown the list */
        if (!pkg || error_count() > errors0) {
            qe->state = UNSUPPORTED;
            /* errors of the module's or the overlay's package: reported */
            qe->why = qwhy ? qwhy : error_count() > errors0 ? "" : NULL;
            continue;
        }
        qe->state = CHECKED;
        qe->pkg = pkg;
        qe->key = key;
        qe->cached = cached;
        vec_push(&p->order, pkg);
        /* a package object's export data waits for its escape analysis */
        if (key && !cached && !p->objects)
            to_cache(p, key, pkg);
    }
    e = entry(p, path);
    if (e->state == PENDING) /* an error stopped the checks */
        e->state = UNSUPPORTED;
    /* packages left unchecked because the root cannot be compiled are
     * decided afresh when something else imports them */
    for (int i = 0; i < deps.n; i++)
        if (entry(p, deps.v[i]->path)->state == PENDING)
            entry(p, deps.v[i]->path)->state = UNSEEN;
    if (e->state == UNSUPPORTED)
        *why = e->why;
    return entry(p, path)->pkg;
}

Package **program_packages(ProgramSet *p, int *n)
{
    *n = p->order.n;
    return p->order.v;
}
