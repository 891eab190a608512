/*
 * error.c — the runtime's error values (gc's error.go): the run-time
 * errors (index out of range: boundsError; division by zero and nil
 * dereference: errorString; "assignment to entry in nil map":
 * plainError; "hash of unhashable type T": typeError) and
 * TypeAssertionError, the panics that raise them, and their Error
 * methods.
 *
 * Each type has a descriptor with a method table (rt/type.h) holding
 * Error, whose code is a runtime.def entry (runtime.boundsError_Error,
 * ...), so a recovered value is an error to compiled code
 * (r.(error).Error()), and the panic printer prints it through the
 * same method (panic.c, preprintpanics). Error builds its text on the
 * heap, as gc's do. The values are heap copies: a recover may keep them.
 */
#include "entry.h"

typedef enum boundsErrorCode {
	boundsIndex,      /* s[x], 0 <= x < len(s) failed */
	boundsSliceAlen,  /* s[?:x], 0 <= x <= len(s) failed */
	boundsSliceAcap,  /* s[?:x], 0 <= x <= cap(s) failed */
	boundsSliceB,     /* s[x:y], 0 <= x <= y failed (but boundsSliceA didn't happen) */
	boundsSlice3Alen, /* s[?:?:x], 0 <= x <= len(s) failed */
	boundsSlice3Acap, /* s[?:?:x], 0 <= x <= cap(s) failed */
	boundsSlice3B,    /* s[?:x:y], 0 <= x <= y failed */
	boundsSlice3C,    /* s[x:y:?], 0 <= x <= y failed */
	boundsConvert,    /* (*[x]T)(s), 0 <= x <= len(s) failed */
} boundsErrorCode;

typedef struct boundsError {
	int64_t x;
	int64_t y;
	bool signed_;    /* x is signed (negative x gets the short message) */
	uint8_t code;
} boundsError;

/* gc's messages (runtime/error.go): %x is x, %y is y. */
static const char *const boundsErrorFmt[] = {
	[boundsIndex] = "index out of range [%x] with length %y",
	[boundsSliceAlen] = "slice bounds out of range [:%x] with length %y",
	[boundsSliceAcap] = "slice bounds out of range [:%x] with capacity %y",
	[boundsSliceB] = "slice bounds out of range [%x:%y]",
	[boundsSlice3Alen] = "slice bounds out of range [::%x] with length %y",
	[boundsSlice3Acap] = "slice bounds out of range [::%x] with capacity %y",
	[boundsSlice3B] = "slice bounds out of range [:%x:%y]",
	[boundsSlice3C] = "slice bounds out of range [%x:%y:]",
	[boundsConvert] = "cannot convert slice with length %y to pointer to array with length %x",
};

/* The same when x is negative: y is then not worth reporting. */
static const char *const boundsNegErrorFmt[] = {
	[boundsIndex] = "index out of range [%x]",
	[boundsSliceAlen] = "slice bounds out of range [:%x]",
	[boundsSliceAcap] = "slice bounds out of range [:%x]",
	[boundsSliceB] = "slice bounds out of range [%x:]",
	[boundsSlice3Alen] = "slice bounds out of range [::%x]",
	[boundsSlice3Acap] = "slice bounds out of range [::%x]",
	[boundsSlice3B] = "slice bounds out of range [:%x:]",
	[boundsSlice3C] = "slice bounds out of range [%x::]",
	[boundsConvert] = "cannot convert slice with length %y to pointer to array with length %x",
};

/* typeError: "runtime error: " + msg + typ's name. */
typedef struct typeError {
	const char *msg;
	const _type *typ;
} typeError;

/* TypeAssertionError, gc's: the failed assertion's interface (nil when
 * unknown), the dynamic type (nil for a nil interface), the asserted
 * type, and the missing method if that was the reason. gc panics with a
 * pointer to one. */
typedef struct TypeAssertionError {
	const _type *_interface;
	const _type *concrete;
	const _type *asserted;
	String missingMethod;
} TypeAssertionError;

/* The program's own descriptor of *runtime.TypeAssertionError, when it
 * imports package runtime (rt/go/runtime/error.go) and names the type:
 * the compiler makes the descriptors of package runtime's types global
 * (compiler/ssagen/typedesc.c), and a value made here must have that
 * type, not a second one of the same name. Otherwise nothing can tell
 * the two apart, and the descriptor below serves. */
extern const _type programTypeAssertionErrorPtr __asm__("\"type.*runtime.TypeAssertionError\"")
	__attribute__((weak));

/* ---- the descriptors ---- */

/* The Error methods' code: Go-ABI trampolines (runtime.def). */
#define TRAMPOLINE(name) extern const uint8_t tramp_##name[] __asm__("runtime." #name)
TRAMPOLINE(errorString_Error); TRAMPOLINE(plainError_Error); TRAMPOLINE(boundsError_Error);
TRAMPOLINE(typeError_Error); TRAMPOLINE(TypeAssertionError_Error); TRAMPOLINE(memequal64);
#undef TRAMPOLINE

_type stringType = {
	.size = sizeof(String), .ptrdata = 8, .kind = kindString, .tflag = tflagNamed,
	.align = 8, .fieldAlign = 8, .str = "string",
};

/* func() string, the Error methods' signature. The compiler emits its
 * own descriptor of the type, which getitab takes as the same when the
 * names and hashes agree (rt/iface.c): the compiler's hash of a type is
 * FNV-1a of its name (compiler/ssagen/typedesc.c), here of "func()
 * string" (checked by tests/rt). */
enum { FUNC_STRING_HASH = 0x319077b5u };
static const struct {
	functype f;
	_type *out[1];
} funcStringType = {
	.f = {.typ = {.size = 8, .ptrdata = 8, .hash = FUNC_STRING_HASH, .kind = kindFunc | kindDirectIface,
		      .align = 8, .fieldAlign = 8, .str = "func() string"},
	      .outCount = 1},
	.out = {&stringType},
};

/* func(), RuntimeError's signature, likewise ("func()"). */
enum { FUNC_HASH = 0x818fc0bcu };
static const functype funcType = {
	.typ = {.size = 8, .ptrdata = 8, .hash = FUNC_HASH, .kind = kindFunc | kindDirectIface,
		.align = 8, .fieldAlign = 8, .str = "func()"},
};

/* RuntimeError's code: it does nothing (asm_amd64.S). */
extern const uint8_t runtimeErrorMethod[] __asm__("runtime.runtimeErrorMethod");

/* Error and RuntimeError: the method set of runtime.Error
 * (rt/go/runtime/error.go), so r.(runtime.Error) holds for the
 * runtime's errors, as in gc. */
#define ERROR_METHOD(fn) \
	.u = {.mcount = 2, .xcount = 2, .moff = sizeof(uncommontype)}, \
	.m = {{"Error", (_type *)&funcStringType.f.typ, (uintptr_t)tramp_##fn, (uintptr_t)tramp_##fn}, \
	      {"RuntimeError", (_type *)&funcType.typ, (uintptr_t)runtimeErrorMethod, \
	       (uintptr_t)runtimeErrorMethod}}

/* A named type whose kind's struct is just _type (string kinds). */
static const struct {
	_type t;
	uncommontype u;
	method m[2];
} errorStringType = {
	/* an errorString value points at a NUL-terminated constant message,
	 * so the pointer is the value: messages compare by address */
	.t = {.size = sizeof(char *), .kind = kindString, .tflag = tflagNamed | tflagUncommon, .align = 8,
	      .fieldAlign = 8, .equal = (uintptr_t)tramp_memequal64, .str = "runtime.errorString"},
	ERROR_METHOD(errorString_Error),
}, plainErrorType = {
	.t = {.size = sizeof(char *), .kind = kindString, .tflag = tflagNamed | tflagUncommon, .align = 8,
	      .fieldAlign = 8, .equal = (uintptr_t)tramp_memequal64, .str = "runtime.plainError"},
	ERROR_METHOD(plainError_Error),
};

/* Struct kinds: a structtype (no fields listed) before the uncommontype. */
static const struct {
	structtype t;
	uncommontype u;
	method m[2];
} boundsErrorType = {
	.t = {.typ = {.size = sizeof(boundsError), .kind = kindStruct, .tflag = tflagNamed | tflagUncommon,
		      .align = 8, .fieldAlign = 8, .str = "runtime.boundsError"}},
	ERROR_METHOD(boundsError_Error),
}, typeErrorType = {
	.t = {.typ = {.size = sizeof(typeError), .ptrdata = 16, .kind = kindStruct,
		      .tflag = tflagNamed | tflagUncommon, .align = 8, .fieldAlign = 8, .str = "runtime.errorString"}},
	ERROR_METHOD(typeError_Error),
};

static const structtype typeAssertionErrorStruct = {
	.typ = {.size = sizeof(TypeAssertionError), .ptrdata = 32, .kind = kindStruct, .tflag = tflagNamed,
		.align = 8, .fieldAlign = 8, .str = "runtime.TypeAssertionError"},
};

static const struct {
	ptrtype t;
	uncommontype u;
	method m[2];
} typeAssertionErrorType = {
	.t = {.typ = {.size = sizeof(void *), .ptrdata = 8, .kind = kindPtr | kindDirectIface,
		      .tflag = tflagUncommon, .align = 8, .fieldAlign = 8, .equal = (uintptr_t)tramp_memequal64,
		      .str = "*runtime.TypeAssertionError"},
	      .elem = (_type *)&typeAssertionErrorStruct.typ},
	ERROR_METHOD(TypeAssertionError_Error),
};

/*
 * gc's runtime.overflowError and runtime.divideError: package variables of
 * type error that math/bits reaches by //go:linkname (bits_errors.go)
 * and panics with. Here they are data: iface words of an itab of
 * (error, runtime.errorString) and the message. The itab is the
 * runtime's own, with its own descriptor of error (hash: FNV-1a of
 * "error", as the compiler's); converting the value to interface{}
 * (panic, recover, println) takes only the itab's type, and an
 * assertion r.(error) of the recovered value builds the compiler's
 * itab (rt/iface.c). Not const: Go code may assign the variables.
 */
enum { ERROR_HASH = 0x21918751u };
static const imethod errorMethods[1] = {{"Error", (_type *)&funcStringType.f.typ}};
static const interfacetype errorInterfaceType = {
	.typ = {.size = sizeof(iface), .ptrdata = 16, .hash = ERROR_HASH, .kind = kindInterface,
		.tflag = tflagNamed, .align = 8, .fieldAlign = 8, .str = "error"},
	.mhdr = errorMethods, .nmethods = 1, .capmethods = 1,
};
static const itab errorStringItab = {
	.inter = (interfacetype *)&errorInterfaceType, ._type = (_type *)&errorStringType.t,
	.fun = {(uintptr_t)tramp_errorString_Error},
};
iface overflowError __asm__("runtime.overflowError") = {(itab *)&errorStringItab, "integer overflow"};
iface divideError __asm__("runtime.divideError") = {(itab *)&errorStringItab, "integer divide by zero"};

/* ---- building the texts ---- */

/* A text growing on the heap. */
typedef struct text {
	uint8_t *p;
	intgo n, cap;
} text;

static void addbytes(text *t, const char *s, intgo n)
{
	if (t->n + n > t->cap) {
		intgo cap = 2 * t->cap + n + 32;
		uint8_t *p = mallocgc((uintptr_t)cap, 0, false);
		memmove(p, t->p, (size_t)t->n);
		t->p = p;
		t->cap = cap;
	}
	memmove(t->p + t->n, s, (size_t)n);
	t->n += n;
}

static void addstr(text *t, const char *s)
{
	intgo n = 0;
	while (s[n] != 0)
		n++;
	addbytes(t, s, n);
}

static void adduint(text *t, uint64_t v)
{
	char buf[20];
	int i = sizeof buf;
	do
		buf[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	addbytes(t, buf + i, (intgo)sizeof buf - i);
}

static void addint(text *t, int64_t v)
{
	if (v < 0) {
		addstr(t, "-");
		adduint(t, -(uint64_t)v);
		return;
	}
	adduint(t, (uint64_t)v);
}

static String done(text *t)
{
	return (String){t->p, t->n};
}

/* ---- the Error methods ---- */

String rt_errorString_Error(const char *msg)
{
	text t = {0};
	addstr(&t, "runtime error: ");
	addstr(&t, msg);
	return done(&t);
}

String rt_plainError_Error(const char *msg)
{
	text t = {0};
	addstr(&t, msg);
	return done(&t);
}

String rt_typeError_Error(const void *p)
{
	const typeError *e = p;
	text t = {0};
	addstr(&t, "runtime error: ");
	addstr(&t, e->msg);
	addstr(&t, e->typ->str);
	return done(&t);
}

String rt_boundsError_Error(const void *p)
{
	const boundsError *e = p;
	const char *f = boundsErrorFmt[e->code];
	if (e->signed_ && e->x < 0)
		f = boundsNegErrorFmt[e->code];
	text t = {0};
	addstr(&t, "runtime error: ");
	for (const char *s = f; *s != 0; s++) {
		if (s[0] == '%' && s[1] == 'x') {
			if (e->signed_)
				addint(&t, e->x);
			else
				adduint(&t, (uint64_t)e->x);
			s++;
		} else if (s[0] == '%' && s[1] == 'y') {
			addint(&t, e->y);
			s++;
		} else {
			addbytes(&t, s, 1);
		}
	}
	return done(&t);
}

String rt_TypeAssertionError_Error(const void *p)
{
	const TypeAssertionError *e = p;
	const char *inter = e->_interface ? e->_interface->str : "interface";
	text t = {0};
	addstr(&t, "interface conversion: ");
	if (e->concrete == 0) {
		addstr(&t, inter);
		addstr(&t, " is nil, not ");
		addstr(&t, e->asserted->str);
	} else if (e->missingMethod.len == 0) {
		addstr(&t, inter);
		addstr(&t, " is ");
		addstr(&t, e->concrete->str);
		addstr(&t, ", not ");
		addstr(&t, e->asserted->str);
		/* equal strings, two types: of two packages (an unexported
		 * name's package is not in the string), or of two scopes */
		if (streq(e->concrete->str, e->asserted->str))
			addstr(&t, samepkgpath(e->concrete, e->asserted) ? " (types from different scopes)"
									 : " (types from different packages)");
	} else {
		addstr(&t, e->concrete->str);
		addstr(&t, " is not ");
		addstr(&t, e->asserted->str);
		addstr(&t, ": missing method ");
		addbytes(&t, (const char *)e->missingMethod.str, e->missingMethod.len);
	}
	return done(&t);
}

/* ---- the panics ---- */

static NORETURN void panicerror(const _type *t, void *data)
{
	rt_gopanic((eface){(_type *)t, data});
}

static NORETURN NOINLINE void panicBounds(boundsErrorCode code, int64_t x, bool signed_, int64_t y)
{
	boundsError *e = mallocgc(sizeof *e, 0, false);
	*e = (boundsError){.x = x, .y = y, .signed_ = signed_, .code = (uint8_t)code};
	panicerror(&boundsErrorType.t.typ, e);
}

void rt_panicIndex(intgo x, intgo y) { panicBounds(boundsIndex, x, true, y); }
void rt_panicIndexU(uintgo x, intgo y) { panicBounds(boundsIndex, (int64_t)x, false, y); }
void rt_panicSliceAlen(intgo x, intgo y) { panicBounds(boundsSliceAlen, x, true, y); }
void rt_panicSliceAlenU(uintgo x, intgo y) { panicBounds(boundsSliceAlen, (int64_t)x, false, y); }
void rt_panicSliceAcap(intgo x, intgo y) { panicBounds(boundsSliceAcap, x, true, y); }
void rt_panicSliceAcapU(uintgo x, intgo y) { panicBounds(boundsSliceAcap, (int64_t)x, false, y); }
void rt_panicSliceB(intgo x, intgo y) { panicBounds(boundsSliceB, x, true, y); }
void rt_panicSliceBU(uintgo x, intgo y) { panicBounds(boundsSliceB, (int64_t)x, false, y); }
void rt_panicSlice3Alen(intgo x, intgo y) { panicBounds(boundsSlice3Alen, x, true, y); }
void rt_panicSlice3AlenU(uintgo x, intgo y) { panicBounds(boundsSlice3Alen, (int64_t)x, false, y); }
void rt_panicSlice3Acap(intgo x, intgo y) { panicBounds(boundsSlice3Acap, x, true, y); }
void rt_panicSlice3AcapU(uintgo x, intgo y) { panicBounds(boundsSlice3Acap, (int64_t)x, false, y); }
void rt_panicSlice3B(intgo x, intgo y) { panicBounds(boundsSlice3B, x, true, y); }
void rt_panicSlice3BU(uintgo x, intgo y) { panicBounds(boundsSlice3B, (int64_t)x, false, y); }
void rt_panicSlice3C(intgo x, intgo y) { panicBounds(boundsSlice3C, x, true, y); }
void rt_panicSlice3CU(uintgo x, intgo y) { panicBounds(boundsSlice3C, (int64_t)x, false, y); }
void rt_panicSliceConvert(intgo x, intgo y) { panicBounds(boundsConvert, x, true, y); }

void rt_panicdivide(void)
{
	panicerror(&errorStringType.t, "integer divide by zero");
}

void rt_panicshift(void)
{
	panicerror(&errorStringType.t, "negative shift amount");
}

void rt_panicmem(void)
{
	panicerror(&errorStringType.t, "invalid memory address or nil pointer dereference");
}

/* panicwrap: the wrapper (*T).M of a value method M was called with a
 * nil pointer; msg is the whole message, which the compiler knows. It is
 * a plainError (no "runtime error: " prefix) as in gc, whose message is a
 * C string: msg is copied with a NUL. */
NORETURN void rt_panicwrap(const char *msg, intgo n)
{
	char *s = mallocgc((uintptr_t)n + 1, 0, true);
	for (intgo i = 0; i < n; i++)
		s[i] = msg[i];
	panicerror(&plainErrorType.t, s);
}

/* panicPlainError panics with the constant message msg, unprefixed. */
void panicPlainError(const char *msg)
{
	panicerror(&plainErrorType.t, (void *)msg);
}

/* panicErrorString panics with "runtime error: " + the constant message msg. */
void panicErrorString(const char *msg)
{
	panicerror(&errorStringType.t, (void *)msg);
}

/* panicTypeError panics with "runtime error: " + msg + t's name. */
NOINLINE void panicTypeError(const char *msg, const _type *t)
{
	typeError *e = mallocgc(sizeof *e, 0, false);
	*e = (typeError){.msg = msg, .typ = t};
	panicerror(&typeErrorType.t.typ, e);
}

/* panicTypeAssertion panics with a TypeAssertionError. */
NOINLINE void panicTypeAssertion(const _type *iface, const _type *have, const _type *want, const char *missing)
{
	TypeAssertionError *e = mallocgc(sizeof *e, 0, false);
	String m = {(const uint8_t *)missing, 0};
	while (missing != 0 && missing[m.len] != 0)
		m.len++;
	*e = (TypeAssertionError){iface, have, want, m};
	const _type *t = &programTypeAssertionErrorPtr;
	panicerror(t != 0 ? (_type *)t : &typeAssertionErrorType.t.typ, e);
}
