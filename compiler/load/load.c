/*
 * load.c — packages: where an import path lives, which files of its
 * directory are built, what they import, and the order to compile them
 * in (load.h).
 *
 * An import path is looked up in this order, as docs/design.md ("The
 * package loader") explains:
 *   1. hood's overlay, OVERLAY/PATH, when that directory holds .go files:
 *      the whole package replaces Go's, never file by file;
 *   2. GOROOT/src/PATH for paths whose first element has no dot (the
 *      standard library); a std package's import of golang.org/x/...
 *      means GOROOT/src/vendor/golang.org/x/... when that exists;
 *   3. the main module: the go.mod found upward from the working
 *      directory, for paths under its module path.
 * A package is scanned when first needed: its directory is read once,
 * every file that passes the file-name rules and build constraints
 * (constraint.c) is read in full and registered with source_add, and its
 * package clause and imports are read with the scanner. The rest of each
 * file is left to parse_file.
 *
 * Lifetime: everything lives in the package arena, as the syntax trees
 * that will be built from the files do.
 */
#include "load.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "hashindex.h"
#include "scanner.h"

struct Loader {
    const char *goroot;  /* absolute, cleaned */
    const char *src;     /* goroot + "/src" */
    const char *overlay; /* NULL: none */
    const char *workdir; /* absolute */
    /* The main module, found on first use. */
    bool mod_searched;
    const char *mod_root; /* directory of go.mod, NULL when none */
    const char *mod_path; /* its module path */
    /* Every package met, by import path (interned). */
    LoadPackageList pkgs;
    HashIndex index;
    LoadPackage *files_pkg; /* the command-line-arguments package */
    LoadPackageList stack;  /* load_deps: the chain of imports being walked */
    int walk;               /* numbers the load_deps calls: LoadPackage.walk */
};

/* A package's state in the current load_deps walk (LoadPackage.visit). */
static int visit_state(const Loader *l, const LoadPackage *p)
{
    return p->walk == l->walk ? p->visit : 0;
}

static void set_visit(Loader *l, LoadPackage *p, int state)
{
    p->walk = l->walk;
    p->visit = state;
}

/* --- Paths ----------------------------------------------------------- */

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static bool has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* Whether path equals prefix or continues it with a '/' (an empty
 * prefix is a prefix of everything). */
static bool path_has_prefix(const char *path, const char *prefix)
{
    size_t m = strlen(prefix);
    if (m == 0)
        return true;
    return strncmp(path, prefix, m) == 0 && (path[m] == 0 || path[m] == '/');
}

/* The standard library's paths have no dot in their first element. */
static bool is_std_path(const char *path)
{
    size_t first = strcspn(path, "/");
    return memchr(path, '.', first) == NULL;
}

/* Cleans an absolute or relative slash path lexically: no "//", "./" or
 * "x/..", no trailing slash. */
static const char *clean_path(const char *path)
{
    bool abs = path[0] == '/';
    VEC(const char *) elems = {0};
    char *copy = xstrdup(path);
    for (char *e = strtok(copy, "/"); e; e = strtok(NULL, "/")) {
        if (strcmp(e, ".") == 0)
            continue;
        if (strcmp(e, "..") == 0 && elems.n > 0 && strcmp(elems.v[elems.n - 1], "..") != 0) {
            elems.n--;
            continue;
        }
        if (strcmp(e, "..") == 0 && abs)
            continue;
        vec_push(&elems, e);
    }
    Buf b = {0};
    if (abs)
        buf_putc(&b, '/');
    for (int i = 0; i < elems.n; i++) {
        if (i > 0)
            buf_putc(&b, '/');
        buf_puts(&b, elems.v[i]);
    }
    const char *r = b.len ? xstrdup(b.s) : abs ? "/" : ".";
    free(b.s);
    return r;
}

static const char *join(const char *dir, const char *rel)
{
    if (rel[0] == '/')
        return clean_path(rel);
    return clean_path(xprintf("%s/%s", dir, rel));
}

/* How a file is named in diagnostics: relative to the working directory
 * when it lies below it, as the go command shortens paths. */
static const char *display_path(const Loader *l, const char *path)
{
    size_t m = strlen(l->workdir);
    if (strncmp(path, l->workdir, m) == 0 && path[m] == '/')
        return path + m + 1;
    return path;
}

/* --- Configuration ------------------------------------------------------ */

Loader *load_new(const LoadConfig *cfg)
{
    Arena *outer = arena_enter(&arena_package);
    Loader *l = NEW(Loader);
    const char *wd = cfg ? cfg->workdir : NULL;
    char cwd[4096];
    if (!wd || wd[0] != '/') {
        const char *here = getcwd(cwd, sizeof cwd) ? cwd : "/";
        wd = wd ? join(here, wd) : here;
    }
    l->workdir = clean_path(wd);
    /* Directories are kept absolute, so that the paths in diagnostics
     * and in `hood list` do not depend on how they were given. */
    const char *goroot = cfg && cfg->goroot ? cfg->goroot : getenv("HOOD_GOROOT");
    if (!goroot || !*goroot)
        goroot = LOAD_DEFAULT_GOROOT;
    l->goroot = join(l->workdir, goroot);
    l->src = xprintf("%s/src", l->goroot);
    l->overlay = cfg && cfg->overlay && *cfg->overlay ? join(l->workdir, cfg->overlay) : NULL;
    arena_enter(outer);
    return l;
}

const char *load_goroot(const Loader *l) { return l->goroot; }

/* Reads the module path from a go.mod: the first "module" directive,
 * quoted or not, comments removed. NULL when there is none. */
static const char *read_module_path(const char *gomod)
{
    size_t len;
    char *text = read_file(gomod, &len);
    if (!text)
        return NULL;
    const char *result = NULL;
    for (char *line = strtok(text, "\n"); line && !result; line = strtok(NULL, "\n")) {
        char *slash = strstr(line, "//");
        if (slash)
            *slash = 0;
        while (*line == ' ' || *line == '\t')
            line++;
        if (strncmp(line, "module", 6) != 0 || (line[6] != ' ' && line[6] != '\t' && line[6] != '"'))
            continue;
        char *p = line + 6;
        while (*p == ' ' || *p == '\t')
            p++;
        char *end;
        if (*p == '"' || *p == '`') {
            end = strchr(p + 1, *p);
            p++;
        } else {
            end = p + strcspn(p, " \t\r");
        }
        if (end && end > p)
            result = xstrndup(p, (size_t)(end - p));
    }
    free(text);
    return result;
}

/* Finds the main module: go.mod in the working directory or above. */
static void find_module(Loader *l)
{
    if (l->mod_searched)
        return;
    l->mod_searched = true;
    char *dir = xstrdup(l->workdir);
    for (;;) {
        const char *gomod = xprintf("%s/go.mod", dir[0] ? dir : "");
        if (is_file(gomod)) {
            const char *mp = read_module_path(gomod);
            if (mp) {
                l->mod_root = dir[0] ? dir : "/";
                l->mod_path = mp;
            } else {
                error_at((Pos){0}, "%s: no module declaration in go.mod", gomod);
            }
            return;
        }
        char *slash = strrchr(dir, '/');
        if (!slash || !dir[0])
            return;
        *slash = 0;
    }
}

/* --- The package table ------------------------------------------------ */

static uint64_t path_hash(const char *interned) { return hash_u64((uint64_t)(uintptr_t)interned); }

static LoadPackage *find_pkg(Loader *l, const char *path)
{
    int cursor = 0, i;
    while ((i = hashindex_next(&l->index, path_hash(path), &cursor)) >= 0)
        if (l->pkgs.v[i]->path == path)
            return l->pkgs.v[i];
    return NULL;
}

/* A new package, not yet scanned; path must be interned. */
static LoadPackage *new_pkg(Loader *l, const char *path, const char *dir, LoadOrigin origin)
{
    LoadPackage *p = NEW(LoadPackage);
    p->path = path;
    p->internal_path = path;
    p->dir = dir;
    p->origin = origin;
    hashindex_add(&l->index, path_hash(path), l->pkgs.n);
    vec_push(&l->pkgs, p);
    return p;
}

/* Whether dir holds a .go file the go command would consider at all
 * (one not starting with '_' or '.'): what makes an overlay directory a
 * package, and a directory of the main module one. */
static bool has_go_files(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return false;
    bool found = false;
    struct dirent *e;
    while (!found && (e = readdir(d)) != NULL)
        found = e->d_name[0] != '_' && e->d_name[0] != '.' && has_suffix(e->d_name, ".go");
    closedir(d);
    return found;
}

/* A package found nowhere: no directory, only the reason. */
static LoadPackage *missing(Loader *l, const char *path, const char *why)
{
    LoadPackage *p = new_pkg(l, path, NULL, LOAD_MODULE);
    p->error = why;
    p->scanned = true;
    return p;
}

/* Finds the package of a resolved import path (overlay, GOROOT, main
 * module), without scanning it. One that exists nowhere is returned with
 * its error set, and kept, so that every importer reports it. */
static LoadPackage *locate(Loader *l, const char *path)
{
    path = intern_cstr(path);
    LoadPackage *p = find_pkg(l, path);
    if (p)
        return p;
    Arena *outer = arena_enter(&arena_package);
    if (l->overlay) {
        const char *dir = xprintf("%s/%s", l->overlay, path);
        if (has_go_files(dir)) {
            p = new_pkg(l, path, dir, LOAD_OVERLAY);
            goto done;
        }
    }
    find_module(l);
    bool in_module = l->mod_path && path_has_prefix(path, l->mod_path);
    if (is_std_path(path)) {
        const char *dir = xprintf("%s/%s", l->src, path);
        if (is_dir(dir)) {
            p = new_pkg(l, path, dir, LOAD_STD);
            goto done;
        }
        if (!in_module) {
            p = missing(l, path, xprintf("package %s is not in GOROOT (%s)", path, dir));
            goto done;
        }
    }
    if (in_module) {
        const char *rel = path + strlen(l->mod_path);
        const char *dir = rel[0] ? join(l->mod_root, rel + 1) : l->mod_root;
        if (has_go_files(dir)) {
            p = new_pkg(l, path, dir, LOAD_MODULE);
            goto done;
        }
    }
    if (l->mod_root)
        p = missing(l, path, xprintf("no required module provides package %s", path));
    else
        p = missing(l, path,
                    xprintf("no required module provides package %s: go.mod file not found in "
                            "current directory or any parent directory; see 'go help modules'",
                            path));
done:
    arena_enter(outer);
    return p;
}

/* --- Reading files ------------------------------------------------------ */

/* One import spec as written. */
typedef struct RawImport {
    const char *path; /* unquoted, interned */
    Pos pos;          /* the spec (its name, if any) */
    Pos path_pos;     /* the string literal */
    int seq;          /* order of appearance, to keep the first */
} RawImport;

typedef VEC(RawImport) RawImportList;

// ImportSpec = [ "." | PackageName ] ImportPath .
static bool import_spec(Scanner *s, RawImportList *out)
{
    Pos pos = s->pos;
    if (s->tok == TK_IDENT || s->tok == TK_PERIOD)
        scanner_next(s);
    if (s->tok != TK_STRING)
        return false;
    if (!s->bad) { /* a malformed literal is reported by the scanner */
        Buf b = {0};
        string_lit_value(&b, s->lit, s->len);
        /* The loader works with C strings; a NUL cannot be in a valid
         * path anyway. */
        if (memchr(b.s, 0, b.len)) {
            error_at(s->pos, "invalid import path: %.*s", s->len, s->lit);
        } else {
            RawImport r = {intern(b.s, b.len), pos, s->pos, out->n};
            vec_push(out, r);
        }
        free(b.s);
    }
    scanner_next(s);
    return true;
}

/*
 * Reads the package clause and the imports of a registered file and
 * returns the package name (NULL when the clause is missing). Stops
 * quietly at anything unexpected: parse_file reports syntax errors when
 * the file is compiled, and what was read so far stands.
 *
 *   SourceFile = PackageClause ";" { ImportDecl ";" } ...
 *   ImportDecl = "import" ( ImportSpec | "(" { ImportSpec ";" } ")" ) .
 */
static const char *read_header(uint32_t file, RawImportList *imports)
{
    Scanner s;
    scanner_init(&s, file);
    if (s.tok != TK_PACKAGE)
        return NULL;
    scanner_next(&s);
    if (s.tok != TK_IDENT)
        return NULL;
    const char *name = s.lit;
    scanner_next(&s);
    if (s.tok != TK_SEMICOLON)
        return name;
    scanner_next(&s);
    while (s.tok == TK_IMPORT) {
        scanner_next(&s);
        if (s.tok == TK_LPAREN) {
            scanner_next(&s);
            while (s.tok != TK_RPAREN) {
                if (!import_spec(&s, imports))
                    return name;
                if (s.tok == TK_SEMICOLON)
                    scanner_next(&s);
                else if (s.tok != TK_RPAREN)
                    return name;
            }
            scanner_next(&s);
        } else if (!import_spec(&s, imports)) {
            return name;
        }
        if (s.tok != TK_SEMICOLON)
            return name;
        scanner_next(&s);
    }
    return name;
}

/* Adds a .go file that passed the name rules and constraints: registers
 * its text, reads its header, and keeps it unless it is a cgo file (cgo
 * is off) or a "documentation" file (ignored, as the go command does).
 * Returns false when the file was ignored. */
static bool add_go_file(LoadPackage *p, const char *name, const char *display, char *text,
                        size_t len, RawImportList *imports, const char **first_file)
{
    uint32_t id = source_add(display, text, len);
    RawImportList mine = {0};
    const char *pkgname = read_header(id, &mine);
    for (int i = 0; i < mine.n; i++)
        if (strcmp(mine.v[i].path, "C") == 0)
            return false;
    if (pkgname && strcmp(pkgname, "documentation") == 0)
        return false;
    if (pkgname) {
        if (!p->name) {
            p->name = pkgname;
            *first_file = name;
        } else if (p->name != pkgname && !p->error) {
            p->error = xprintf("found packages %s (%s) and %s (%s) in %s", p->name, *first_file,
                               pkgname, name, p->dir);
        }
    }
    for (int i = 0; i < mine.n; i++) {
        mine.v[i].seq = imports->n;
        vec_push(imports, mine.v[i]);
    }
    LoadFile f = {name, id};
    vec_push(&p->files, f);
    return true;
}

/* Whether a _test.go file is built: for telling a test-only package from
 * one whose files are all excluded. When it is and name is not NULL,
 * *name is its package name, less an external test's "_test", which is
 * what names a package of test files only. */
static bool test_file_built(const char *path, const char **name)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text)
        return false;
    LoadConstraint c = load_should_build(text, len, load_match_tag, NULL);
    if (!c.build || c.err) {
        free(text);
        return false;
    }
    if (!name) {
        free(text);
        return true;
    }
    RawImportList imports = {0};
    const char *pkg = read_header(source_add(path, text, len), &imports);
    if (pkg && has_suffix(pkg, "_test"))
        pkg = intern(pkg, strlen(pkg) - 5);
    *name = pkg;
    return true;
}

/* How much of a file read_source reads first: the header of every std
 * file that has a build constraint fits (the license, the //go:build
 * line, the package doc comment before the clause rarely pass 2 KiB). */
enum { HEAD_SIZE = 4096 };

/*
 * Applies a source file's build constraints, reading its first HEAD_SIZE
 * bytes and the rest only when the header does not end within them or
 * when the file is built and the caller wants its text (text not NULL;
 * then *text is the whole file, malloc'd, or NULL if it is not built).
 * Returns false, errno set, when the file cannot be read. About half the
 * bytes of the std directories a program imports are in files that only
 * a constraint excludes, and .s files are needed only for their names.
 */
static bool read_source(const char *path, char **text, size_t *len, LoadConstraint *c)
{
    if (text)
        *text = NULL;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char head[HEAD_SIZE];
    ssize_t n;
    while ((n = read(fd, head, sizeof head)) < 0 && errno == EINTR)
        ;
    int err = errno;
    close(fd);
    if (n < 0) {
        errno = err;
        return false;
    }
    *c = load_should_build(head, (size_t)n, load_match_tag, NULL);
    bool whole = (size_t)n < sizeof head;
    if ((c->complete || whole) && (!c->build || !text))
        return true;
    char *t = read_file(path, len);
    if (!t)
        return false;
    *c = load_should_build(t, *len, load_match_tag, NULL);
    if (text && c->build)
        *text = t;
    else
        free(t);
    return true;
}

typedef VEC(const char *) NameList;

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted names of the non-directory entries of dir; false (errno
 * set) when it cannot be read. */
static bool read_dir_names(const char *dir, NameList *names)
{
    DIR *d = opendir(dir);
    if (!d)
        return false;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_type == DT_DIR)
            continue;
        if (e->d_type == DT_LNK || e->d_type == DT_UNKNOWN)
            if (is_dir(xprintf("%s/%s", dir, e->d_name)))
                continue; /* a link to a directory is not a source file */
        vec_push(names, xstrdup(e->d_name));
    }
    closedir(d);
    if (names->n > 0) /* qsort's array may not be NULL, even when empty */
        qsort(names->v, (size_t)names->n, sizeof(const char *), cmp_cstr);
    return true;
}

static void resolve_imports(Loader *l, LoadPackage *p, RawImportList *raw);

/* Reads a package's directory: the files built, their package name and
 * imports (load.h). Sets p->error when the package cannot be used. */
static void scan(Loader *l, LoadPackage *p)
{
    if (p->scanned)
        return;
    p->scanned = true;
    Arena *outer = arena_enter(&arena_package);
    NameList names = {0};
    if (!read_dir_names(p->dir, &names)) {
        p->error = xprintf("open %s: %s", p->dir, strerror(errno));
        arena_enter(outer);
        return;
    }
    RawImportList raw = {0};
    NameList tests = {0};
    const char *first_file = NULL;
    int ignored = 0; /* .go files left out by the rules */
    for (int i = 0; i < names.n; i++) {
        const char *name = names.v[i];
        bool go = has_suffix(name, ".go"), asm = has_suffix(name, ".s");
        if (name[0] == '_' || name[0] == '.' || (!go && !asm))
            continue;
        if (!load_file_name_ok(name, load_match_tag, NULL)) {
            ignored += go;
            continue;
        }
        const char *path = xprintf("%s/%s", p->dir, name);
        if (go && has_suffix(name, "_test.go")) {
            vec_push(&tests, path);
            continue;
        }
        size_t len = 0;
        LoadConstraint c;
        char *text;
        if (!read_source(path, go ? &text : NULL, &len, &c)) {
            error_at((Pos){0}, "open %s: %s", path, strerror(errno));
            continue;
        }
        if (c.err) {
            /* Registered for the position only; the text stays with it. */
            size_t elen;
            char *etext = text ? text : read_file(path, &elen);
            if (etext) {
                uint32_t id = source_add(display_path(l, path), etext, text ? len : elen);
                error_at((Pos){id, c.err_line, 1}, "%s", c.err);
            }
        }
        if (!c.build) {
            ignored += go;
            continue;
        }
        if (asm) {
            vec_push(&p->sfiles, name);
            continue;
        }
        if (!add_go_file(p, name, display_path(l, path), text, len, &raw, &first_file))
            ignored++;
    }
    if (p->files.n == 0 && !p->error) {
        for (int i = 0; i < tests.n && !p->test_only; i++)
            p->test_only = test_file_built(tests.v[i], &p->name);
        if (ignored > 0)
            p->error = xprintf("build constraints exclude all Go files in %s", p->dir);
        else if (!p->test_only)
            p->error = xprintf("%s Go files in %s", tests.n ? "build constraints exclude all" : "no",
                               p->dir);
    }
    resolve_imports(l, p, &raw);
    arena_enter(outer);
}

/* --- Imports ------------------------------------------------------------ */

static int cmp_raw(const void *a, const void *b)
{
    const RawImport *x = a, *y = b;
    int c = strcmp(x->path, y->path);
    return c ? c : x->seq - y->seq;
}

/* The go command's rules for the text of an import path: elements of
 * letters, digits and -._~+ (or non-ASCII), none empty, none starting or
 * ending with a dot. */
static bool valid_import_path(const char *path)
{
    if (!*path)
        return false;
    for (const char *e = path;; e++) {
        size_t n = strcspn(e, "/");
        if (n == 0 || e[0] == '.' || e[n - 1] == '.')
            return false;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)e[i];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  strchr("-._~+", c) || c >= 0x80))
                return false;
        }
        e += n;
        if (!*e)
            return true;
    }
}

static bool is_local_path(const char *path)
{
    return strcmp(path, ".") == 0 || strcmp(path, "..") == 0 || strncmp(path, "./", 2) == 0 ||
           strncmp(path, "../", 3) == 0;
}

/* A quoted string as Go's %q prints simple text. */
static const char *quote(const char *s)
{
    Buf b = {0};
    buf_putc(&b, '"');
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            buf_printf(&b, "\\%c", c);
        else if (c < 0x20 || c == 0x7F)
            buf_printf(&b, "\\x%02x", c);
        else
            buf_putc(&b, (char)c);
    }
    buf_putc(&b, '"');
    const char *r = xstrdup(b.s);
    free(b.s);
    return r;
}

/* The import path of the directory that an internal/ element's parent
 * is: "a/b/internal/c" -> "a/b"; "internal/x" -> "" (GOROOT/src). The
 * last internal element counts, being the most restrictive. Returns
 * NULL when path has no internal element. */
static const char *internal_parent(const char *path)
{
    size_t n = strlen(path);
    if (n >= 9 && strcmp(path + n - 9, "/internal") == 0)
        return xstrndup(path, n - 9);
    const char *last = NULL;
    for (const char *p = strstr(path, "/internal/"); p; p = strstr(p + 1, "/internal/"))
        last = p;
    if (last)
        return xstrndup(path, (size_t)(last - path));
    if (strcmp(path, "internal") == 0 || strncmp(path, "internal/", 9) == 0)
        return "";
    return NULL;
}

/* Whether importer may import path under the internal/ rule: it must
 * lie in the tree rooted at the internal element's parent; for GOROOT's
 * own internal packages, that is the standard library (and hood's
 * overlay, which stands in for part of it). */
static bool internal_ok(const LoadPackage *importer, const char *path)
{
    const char *parent = internal_parent(path);
    if (!parent)
        return true;
    if (!*parent)
        return importer->origin == LOAD_STD || importer->origin == LOAD_OVERLAY ||
               is_std_path(importer->internal_path);
    return path_has_prefix(importer->internal_path, parent);
}

/* The index where the effective path starts after the last vendor
 * element ("x/vendor/y" -> 9), or -1 when there is none. */
static int vendor_index(const char *path)
{
    const char *last = NULL;
    for (const char *p = strstr(path, "/vendor/"); p; p = strstr(p + 1, "/vendor/"))
        last = p;
    if (last)
        return (int)(last - path) + 8;
    return strncmp(path, "vendor/", 7) == 0 ? 7 : -1;
}

/* Whether importer may see a package whose path has a vendor element:
 * it must lie in the tree that holds the vendor directory (GOROOT/src,
 * for the standard library's vendored packages). */
static bool vendor_visible(const LoadPackage *importer, const char *path)
{
    int i = vendor_index(path);
    if (i < 0)
        return true;
    const char *parent = i > 7 ? xstrndup(path, (size_t)i - 8) : "";
    if (!*parent)
        return importer->origin == LOAD_STD || importer->origin == LOAD_OVERLAY ||
               is_std_path(importer->internal_path);
    return path_has_prefix(importer->internal_path, parent);
}

/* Resolves one import of p to its package, reporting what is wrong with
 * the path's text. What is wrong with the package it names (missing,
 * internal, vendored, no Go files) is reported by load_deps, where the
 * import is followed, in the go command's order of checks. */
static LoadPackage *resolve(Loader *l, LoadPackage *p, const RawImport *r)
{
    const char *w = r->path;
    if (is_local_path(w)) {
        error_at(r->pos, "local import %s in non-local package", quote(w));
        return NULL;
    }
    if (!valid_import_path(w)) {
        error_at(r->path_pos, "invalid import path: %s", quote(w));
        return NULL;
    }
    const char *path = w;
    bool from_goroot = p->origin == LOAD_STD || p->origin == LOAD_OVERLAY;
    if (from_goroot && !is_std_path(w)) {
        const char *v = xprintf("%s/%s", path_has_prefix(p->path, "cmd") ? "cmd/vendor" : "vendor", w);
        if (is_dir(xprintf("%s/%s", l->src, v)))
            path = v;
    }
    return locate(l, path);
}

/* Sorts the raw imports by path, keeps the first spec of each, and
 * resolves them into p->imports. */
static void resolve_imports(Loader *l, LoadPackage *p, RawImportList *raw)
{
    if (raw->n > 1)
        qsort(raw->v, (size_t)raw->n, sizeof(RawImport), cmp_raw);
    for (int i = 0; i < raw->n; i++) {
        if (i > 0 && raw->v[i].path == raw->v[i - 1].path)
            continue;
        LoadPackage *q = resolve(l, p, &raw->v[i]);
        LoadImport imp = {q ? q->path : raw->v[i].path, raw->v[i].path, raw->v[i].pos, q};
        vec_push(&p->imports, imp);
    }
}

/* --- Roots ---------------------------------------------------------------- */

/* Reports a root package's error without a position, as the go command
 * words it: only "build constraints exclude ..." names the package. */
static void root_error(const LoadPackage *p)
{
    if (strncmp(p->error, "build constraints", 17) == 0)
        error_at((Pos){0}, "package %s: %s", p->path, p->error);
    else
        error_at((Pos){0}, "%s", p->error);
}

LoadPackage *load_import_path(Loader *l, const char *path)
{
    if (!valid_import_path(path)) {
        error_at((Pos){0}, "invalid import path: %s", quote(path));
        return NULL;
    }
    LoadPackage *p = locate(l, path);
    scan(l, p);
    if (p->error) {
        root_error(p);
        return NULL;
    }
    return p;
}

/* The import path a directory has (in GOROOT/src or the main module),
 * or NULL after reporting why it has none. */
static const char *dir_import_path(Loader *l, const char *pattern, const char *dir)
{
    size_t m = strlen(l->src);
    if (strncmp(dir, l->src, m) == 0 && dir[m] == '/')
        return dir + m + 1;
    find_module(l);
    if (!l->mod_root) {
        error_at((Pos){0}, "go.mod file not found in current directory or any parent directory; "
                           "see 'go help modules'");
        return NULL;
    }
    m = strlen(l->mod_root);
    if (strcmp(dir, l->mod_root) == 0)
        return l->mod_path;
    if (strncmp(dir, l->mod_root, m) == 0 && (dir[m] == '/' || strcmp(l->mod_root, "/") == 0))
        return xprintf("%s/%s", l->mod_path, dir + m + (dir[m] == '/'));
    error_at((Pos){0}, "directory %s outside main module or its selected dependencies", pattern);
    return NULL;
}

/* The command-line-arguments package of the named .go files: all in one
 * directory, built whatever their constraints and names say (as the go
 * command builds files named explicitly), except names starting with
 * '_' or '.', which it skips. */
static LoadPackage *load_files(Loader *l, const char *const *files, int n)
{
    Arena *outer = arena_enter(&arena_package);
    const char *dir = NULL;
    for (int i = 0; i < n; i++) {
        const char *slash = strrchr(files[i], '/');
        const char *d = join(l->workdir, slash ? xstrndup(files[i], (size_t)(slash - files[i])) : ".");
        if (dir && strcmp(d, dir) != 0) {
            error_at((Pos){0}, "named files must all be in one directory; have %s and %s", dir, d);
            arena_enter(outer);
            return NULL;
        }
        dir = d;
    }
    if (l->files_pkg) {
        error_at((Pos){0}, "named files listed twice (one command-line-arguments package per loader)");
        arena_enter(outer);
        return NULL;
    }
    LoadPackage *p = l->files_pkg = new_pkg(l, intern_cstr("command-line-arguments"), dir, LOAD_FILES);
    p->scanned = true;
    size_t m = strlen(l->src);
    find_module(l);
    if (strncmp(dir, l->src, m) == 0 && dir[m] == '/')
        p->internal_path = dir + m + 1;
    else if (l->mod_root && path_has_prefix(dir, l->mod_root))
        p->internal_path = dir_import_path(l, dir, dir);
    RawImportList raw = {0};
    const char *first_file = NULL;
    for (int i = 0; i < n; i++) {
        const char *slash = strrchr(files[i], '/');
        const char *name = slash ? slash + 1 : files[i];
        if (name[0] == '_' || name[0] == '.')
            continue;
        size_t len;
        char *text = read_file(join(l->workdir, files[i]), &len);
        if (!text) {
            error_at((Pos){0}, "open %s: %s", files[i], strerror(errno));
            continue;
        }
        add_go_file(p, name, files[i], text, len, &raw, &first_file);
    }
    if (p->files.n == 0 && !p->error)
        p->error = xprintf("no Go files in %s", dir);
    resolve_imports(l, p, &raw);
    arena_enter(outer);
    return p;
}

/* --- Wildcard patterns ---------------------------------------------------- */

/*
 * A pattern with "..." matches import paths as the go command's do:
 * "..." stands for any text, and a trailing "/..." may also match
 * nothing ("net/..." matches "net"); but "..." never matches across a
 * "vendor" element, so vendored packages match only patterns that name
 * vendor themselves. Both texts get their vendor elements replaced by
 * VENDOR_MARK, which "..." does not match, and the rest is a small
 * dynamic-programming glob match (patterns are short; no backtracking).
 */
enum { VENDOR_MARK = '\x01' };

static char *mark_vendor(const char *s)
{
    char *r = xstrdup(s);
    size_t n = strlen(r);
    for (size_t i = 0; i + 6 <= n; i++)
        if (memcmp(r + i, "vendor", 6) == 0 && (i == 0 || r[i - 1] == '/') &&
            (i + 6 == n || r[i + 6] == '/')) {
            r[i] = VENDOR_MARK;
            memmove(r + i + 1, r + i + 6, n - i - 5);
            n -= 5;
        }
    return r;
}

static bool glob_match(const char *pat, const char *name)
{
    size_t m = strlen(pat), n = strlen(name);
    /* ok[j]: pat[0:i] matches name[0:j], for the current i. */
    bool *ok = NEWARRAY(bool, n + 1), *next = NEWARRAY(bool, n + 1);
    ok[0] = true;
    for (size_t i = 0; i < m;) {
        bool dots = strncmp(pat + i, "...", 3) == 0;
        memset(next, 0, n + 1);
        for (size_t j = 0; j <= n; j++) {
            if (!ok[j])
                continue;
            if (dots) {
                for (size_t k = j; k <= n; k++) {
                    next[k] = true;
                    if (k < n && name[k] == VENDOR_MARK)
                        break;
                }
            } else if (j < n && name[j] == pat[i]) {
                next[j + 1] = true;
            }
        }
        bool *t = ok;
        ok = next, next = t;
        i += dots ? 3 : 1;
    }
    return ok[n];
}

static bool pattern_match(const char *pattern, const char *name)
{
    char *p = mark_vendor(pattern), *nm = mark_vendor(name);
    if (glob_match(p, nm))
        return true;
    size_t n = strlen(p);
    if (n >= 4 && strcmp(p + n - 4, "/...") == 0) {
        p[n - 4] = 0;
        return glob_match(p, nm);
    }
    return false;
}

/* Whether a directory with this import path, or one below it, can
 * match: its path and the pattern's text before "..." agree. */
static bool tree_can_match(const char *pattern, const char *name)
{
    const char *dots = strstr(pattern, "...");
    size_t lit = dots ? (size_t)(dots - pattern) : strlen(pattern);
    size_t n = strlen(name);
    if (n <= lit && strncmp(pattern, name, n) == 0 &&
        (n == lit || pattern[n] == '/' || (n > 0 && name[n - 1] == '/')))
        return true;
    return dots && n >= lit && strncmp(name, pattern, lit) == 0;
}

/* Whether some .go file of dir, _test.go files included, is built: what
 * makes a directory a package for wildcard patterns. */
static bool dir_builds(const char *dir)
{
    NameList names = {0};
    if (!read_dir_names(dir, &names))
        return false;
    for (int i = 0; i < names.n; i++) {
        const char *name = names.v[i];
        if (name[0] == '_' || name[0] == '.' || !has_suffix(name, ".go") ||
            !load_file_name_ok(name, load_match_tag, NULL))
            continue;
        if (test_file_built(xprintf("%s/%s", dir, name), NULL))
            return true;
    }
    return false;
}

typedef struct Walk {
    const char *pattern; /* NULL: every package (the "std" pattern) */
    bool prune_vendor;   /* do not descend into vendor directories */
    NameList *found;
} Walk;

/* Visits dir, whose import path is name ("" for GOROOT/src itself), and
 * the directories below it, skipping .x, _x and testdata trees and other
 * modules (directories with a go.mod), as the go command's walk does. */
static void walk_dir(const Walk *w, const char *dir, const char *name, bool root)
{
    /* builtin exists only for documentation; runtime/cgo needs cgo. */
    if (*name && strcmp(name, "builtin") != 0 && strcmp(name, "runtime/cgo") != 0 &&
        (!w->pattern || pattern_match(w->pattern, name)) && dir_builds(dir))
        vec_push(w->found, name);
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    if (!root && w->prune_vendor && strcmp(base, "vendor") == 0)
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    NameList subs = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *s = e->d_name;
        if (s[0] == '.' || s[0] == '_' || strcmp(s, "testdata") == 0)
            continue;
        const char *sub = xprintf("%s/%s", dir, s);
        struct stat st;
        if (e->d_type == DT_DIR || (e->d_type == DT_UNKNOWN && lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)))
            vec_push(&subs, xstrdup(s));
    }
    closedir(d);
    if (subs.n > 0)
        qsort(subs.v, (size_t)subs.n, sizeof(const char *), cmp_cstr);
    for (int i = 0; i < subs.n; i++) {
        const char *sub = xprintf("%s/%s", dir, subs.v[i]);
        const char *child = *name ? xprintf("%s/%s", name, subs.v[i]) : subs.v[i];
        if ((w->pattern && !tree_can_match(w->pattern, child)) || is_file(xprintf("%s/go.mod", sub)))
            continue;
        walk_dir(w, sub, child, false);
    }
}

/* The import paths matching a wildcard pattern (NULL: "std"), sorted. */
static void match_packages(Loader *l, const char *pattern, NameList *found)
{
    Walk w = {pattern, false, found};
    walk_dir(&w, l->src, "", true);
    if (pattern && tree_can_match(pattern, "cmd"))
        walk_dir(&w, xprintf("%s/cmd", l->src), "cmd", true);
    if (pattern) {
        find_module(l);
        if (l->mod_root && tree_can_match(pattern, l->mod_path)) {
            Walk mw = {pattern, true, found};
            walk_dir(&mw, l->mod_root, l->mod_path, true);
        }
    }
    qsort(found->v, (size_t)found->n, sizeof(const char *), cmp_cstr);
}

/* A pattern naming directories ("./...", "../x/..."): the same pattern
 * over import paths, or NULL after reporting why there is none. */
static const char *dir_pattern(Loader *l, const char *pattern)
{
    const char *dots = strstr(pattern, "...");
    const char *slash = dots;
    while (slash > pattern && slash[-1] != '/')
        slash--;
    /* pattern = DIR/REST, with "..." in REST */
    const char *dirpart = xstrndup(pattern, (size_t)(slash - pattern));
    const char *dir = join(l->workdir, *dirpart ? dirpart : ".");
    if (!is_dir(dir)) {
        error_at((Pos){0}, "pattern %s: lstat %s: no such file or directory", pattern,
                 *dirpart ? dirpart : ".");
        return NULL;
    }
    const char *ip = dir_import_path(l, pattern, dir);
    if (!ip)
        return NULL;
    return *ip ? xprintf("%s/%s", ip, slash) : slash;
}

static void add_root(LoadPackageList *roots, LoadPackage *p)
{
    for (int i = 0; i < roots->n; i++)
        if (roots->v[i] == p)
            return;
    vec_push(roots, p);
}

/* Adds the package with import path (or directory) given by a pattern
 * that has no wildcard. */
static void add_one(Loader *l, LoadPackageList *roots, const char *pattern)
{
    const char *path = pattern;
    if (pattern[0] == '/' || is_local_path(pattern)) {
        const char *dir = join(l->workdir, pattern);
        if (!is_dir(dir)) {
            error_at((Pos){0}, "stat %s: directory not found", dir);
            return;
        }
        path = dir_import_path(l, pattern, dir);
        if (!path)
            return;
    }
    LoadPackage *p = load_import_path(l, path);
    if (p)
        add_root(roots, p);
}

LoadPackageList load_patterns(Loader *l, const char *const *patterns, int n)
{
    Arena *outer = arena_enter(&arena_package);
    LoadPackageList roots = {0};
    int nfiles = 0;
    for (int i = 0; i < n; i++)
        nfiles += has_suffix(patterns[i], ".go");
    if (nfiles > 0) {
        for (int i = 0; i < n; i++)
            if (!has_suffix(patterns[i], ".go")) {
                error_at((Pos){0}, "named files must be .go files: %s", patterns[i]);
                arena_enter(outer);
                return roots;
            }
        LoadPackage *p = load_files(l, patterns, n);
        if (p && p->error)
            root_error(p);
        else if (p)
            vec_push(&roots, p);
        arena_enter(outer);
        return roots;
    }
    for (int i = 0; i < n; i++) {
        const char *pat = patterns[i];
        bool std = strcmp(pat, "std") == 0;
        if (!std && !strstr(pat, "...")) {
            add_one(l, &roots, pat);
            continue;
        }
        if (!std && (pat[0] == '/' || strncmp(pat, "./", 2) == 0 || strncmp(pat, "../", 3) == 0 ||
                     strcmp(pat, "..") == 0)) {
            pat = dir_pattern(l, pat);
            if (!pat)
                continue;
        }
        NameList found = {0};
        match_packages(l, std ? NULL : pat, &found);
        for (int k = 0; k < found.n; k++) {
            LoadPackage *p = locate(l, found.v[k]);
            scan(l, p);
            if (p->error)
                root_error(p);
            else
                add_root(&roots, p);
        }
    }
    arena_enter(outer);
    return roots;
}

/* --- Dependency order ------------------------------------------------------ */

/* Import chains deeper than this are reported rather than walked
 * recursively on the C stack; the standard library's deepest is about 30. */
enum { MAX_IMPORT_DEPTH = 10000 };

static void report_cycle(Loader *l, const LoadPackage *again)
{
    Buf b = {0};
    buf_printf(&b, "package %s", l->stack.v[0]->path);
    for (int i = 1; i < l->stack.n; i++)
        buf_printf(&b, "\n\timports %s", l->stack.v[i]->path);
    buf_printf(&b, "\n\timports %s: import cycle not allowed", again->path);
    error_at((Pos){0}, "%s", b.s);
    free(b.s);
}

static void visit(Loader *l, LoadPackage *p, LoadPackageList *out)
{
    set_visit(l, p, 1);
    vec_push(&l->stack, p);
    for (int i = 0; i < p->imports.n; i++) {
        LoadImport *imp = &p->imports.v[i];
        LoadPackage *q = imp->pkg;
        if (!q)
            continue; /* reported when p was scanned */
        scan(l, q);
        int vi = vendor_index(imp->written);
        if (!q->error && !internal_ok(p, q->path)) {
            error_at(imp->pos, "use of internal package %s not allowed", q->path);
        } else if (vi >= 0 && q->dir && !vendor_visible(p, q->path)) {
            error_at(imp->pos, "use of vendored package not allowed");
        } else if (vi >= 0) {
            error_at(imp->pos, "%s must be imported as %s", imp->written, imp->written + vi);
        } else if (q->error) {
            error_at(imp->pos, "%s", q->error);
        } else if (q->test_only) {
            error_at(imp->pos, "no non-test Go files in %s", q->dir);
        } else if (q->name && strcmp(q->name, "main") == 0) {
            error_at(imp->pos, "import %s is a program, not an importable package", quote(q->path));
        } else if (visit_state(l, q) == 1) {
            report_cycle(l, q);
        } else if (visit_state(l, q) == 0) {
            if (l->stack.n >= MAX_IMPORT_DEPTH)
                error_at(imp->pos, "import chain deeper than %d packages", MAX_IMPORT_DEPTH);
            else
                visit(l, q, out);
        }
    }
    l->stack.n--;
    set_visit(l, p, 2);
    vec_push(out, p);
}

LoadPackageList load_deps(Loader *l, LoadPackage *const *roots, int n)
{
    Arena *outer = arena_enter(&arena_package);
    LoadPackageList out = {0};
    l->walk++; /* each call lists the whole closure of its roots */
    for (int i = 0; i < n; i++) {
        LoadPackage *p = roots[i];
        scan(l, p);
        if (!p->error && visit_state(l, p) == 0)
            visit(l, p, &out);
    }
    arena_enter(outer);
    return out;
}
