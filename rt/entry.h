/*
 * entry.h — the C side of runtime.def: the rt_<name> functions the
 * trampolines in abi_amd64.S call, with their System V signatures. Each
 * Go argument word becomes one register argument (a string or an eface,
 * being two INTEGER words, arrives as one two-register struct), and each
 * result word comes back in RAX then RDX (RBX for Go). Results are full words: bools
 * are returned as uintptr 0/1 so the word the compiled code reads has no
 * stale upper bytes; bool arguments likewise arrive as a word and only
 * their low byte counts.
 *
 * These run on the goroutine's stack: RT_SMALL_STACK (HACKING.md).
 */
#ifndef HOOD_ENTRY_H
#define HOOD_ENTRY_H

#include "runtime.h"

/* print.c */
void rt_printlock(void);
void rt_printunlock(void);
void rt_printbool(uintptr_t b);
void rt_printint(int64_t v);
void rt_printuint(uint64_t v);
void rt_printhex(uint64_t v);
void rt_printfloat(double v);
void rt_printcomplex(double re, double im);
void rt_printpointer(const void *p);
void rt_printstring(String s);
void rt_printslice(const void *array, intgo len, intgo cap);
void rt_printeface(eface e);
void rt_printsp(void);
void rt_printnl(void);

/* string.c */
String rt_concatstring2(String a, String b);
String rt_concatstring3(String a, String b, String c);
intgo rt_cmpstring(String a, String b);
String rt_intstring(int64_t v);
String rt_slicebytetostring(const uint8_t *p, intgo n);

/* utf8.c: (r rune, next int), two result words */
typedef struct RuneNext {
	intgo r;
	intgo next;
} RuneNext;
RuneNext rt_decoderune(String s, intgo k);

/* mem.c */
uintptr_t rt_memequal(const void *p, const void *q, uintptr_t n);
void rt_memmove(void *dst, const void *src, uintptr_t n);
void rt_memclrNoHeapPointers(void *p, uintptr_t n);

/* malloc.c */
void *rt_newobject(_type *typ);

/* map.c; two result words (unsafe.Pointer, bool) come back as PtrBool */
typedef struct PtrBool {
	void *p;
	uintptr_t ok;
} PtrBool;
hmap *rt_makemap_small(void);
hmap *rt_makemap(maptype *t, intgo hint, hmap *h);
void *rt_mapaccess1(maptype *t, hmap *h, const void *key);
PtrBool rt_mapaccess2(maptype *t, hmap *h, const void *key);
void *rt_mapaccess1_fat(maptype *t, hmap *h, const void *key, const void *zero);
PtrBool rt_mapaccess2_fat(maptype *t, hmap *h, const void *key, const void *zero);
void *rt_mapassign(maptype *t, hmap *h, const void *key);
void rt_mapdelete(maptype *t, hmap *h, const void *key);
void rt_mapiterinit(maptype *t, hmap *h, hiter *it);
void rt_mapiternext(hiter *it);
void rt_mapclear(maptype *t, hmap *h);
void *rt_mapaccess1_fast32(maptype *t, hmap *h, uint32_t key);
PtrBool rt_mapaccess2_fast32(maptype *t, hmap *h, uint32_t key);
void *rt_mapassign_fast32(maptype *t, hmap *h, uint32_t key);
void rt_mapdelete_fast32(maptype *t, hmap *h, uint32_t key);
void *rt_mapaccess1_fast64(maptype *t, hmap *h, uint64_t key);
PtrBool rt_mapaccess2_fast64(maptype *t, hmap *h, uint64_t key);
void *rt_mapassign_fast64(maptype *t, hmap *h, uint64_t key);
void rt_mapdelete_fast64(maptype *t, hmap *h, uint64_t key);
void *rt_mapaccess1_faststr(maptype *t, hmap *h, String key);
PtrBool rt_mapaccess2_faststr(maptype *t, hmap *h, String key);
void *rt_mapassign_faststr(maptype *t, hmap *h, String key);
void rt_mapdelete_faststr(maptype *t, hmap *h, String key);

/* alg.c */
uintptr_t rt_memhash(const void *p, uintptr_t seed, uintptr_t n);
uintptr_t rt_memhash32(const void *p, uintptr_t seed);
uintptr_t rt_memhash64(const void *p, uintptr_t seed);
uintptr_t rt_strhash(const void *p, uintptr_t seed);
uintptr_t rt_f32hash(const void *p, uintptr_t seed);
uintptr_t rt_f64hash(const void *p, uintptr_t seed);
uintptr_t rt_c64hash(const void *p, uintptr_t seed);
uintptr_t rt_c128hash(const void *p, uintptr_t seed);
uintptr_t rt_interhash(const void *p, uintptr_t seed);
uintptr_t rt_nilinterhash(const void *p, uintptr_t seed);
uintptr_t rt_typehash(const _type *t, const void *p, uintptr_t seed);
uintptr_t rt_memequal0(const void *p, const void *q);
uintptr_t rt_memequal8(const void *p, const void *q);
uintptr_t rt_memequal16(const void *p, const void *q);
uintptr_t rt_memequal32(const void *p, const void *q);
uintptr_t rt_memequal64(const void *p, const void *q);
uintptr_t rt_memequal128(const void *p, const void *q);
uintptr_t rt_f32equal(const void *p, const void *q);
uintptr_t rt_f64equal(const void *p, const void *q);
uintptr_t rt_c64equal(const void *p, const void *q);
uintptr_t rt_c128equal(const void *p, const void *q);
uintptr_t rt_strequal(const void *p, const void *q);
uintptr_t rt_interequal(const void *p, const void *q);
uintptr_t rt_nilinterequal(const void *p, const void *q);

/* slice.c; a slice header as C sees it, and (pointer, int) result pairs */
typedef struct Slice {
	void *array;
	intgo len;
	intgo cap;
} Slice;
typedef struct PtrInt {
	void *p;
	intgo n;
} PtrInt;
void rt_unsafeslice(_type *et, const void *ptr, intgo len);
void *rt_makeslice(_type *et, intgo len, intgo cap);
PtrInt rt_growslice(_type *et, const void *p, intgo len, intgo cap, intgo newlen);
intgo rt_slicecopy(void *to, intgo tolen, const void *from, intgo fromlen, uintptr_t width);
PtrInt rt_stringtoslicebyte(String s);
void rt_stringtoslicerune(Slice *dst, String s);
String rt_slicerunetostring(const int32_t *a, intgo n);
/* iface.c */
uintptr_t rt_efaceeq(const _type *t, void *x, void *y);
uintptr_t rt_ifaceeq(const itab *tab, void *x, void *y);
itab *rt_convI2I(interfacetype *inter, itab *tab);
itab *rt_assertE2I(interfacetype *inter, _type *t);
itab *rt_assertE2I2(interfacetype *inter, _type *t);
NORETURN void rt_panicdottypeE(_type *have, _type *want, _type *iface);
NORETURN void rt_panicdottypeI(itab *have, _type *want, _type *iface);
NORETURN void rt_panicnildottype(_type *want);

/* error.c */
String rt_errorString_Error(const char *msg);
String rt_plainError_Error(const char *msg);
String rt_boundsError_Error(const void *e);
String rt_typeError_Error(const void *e);
String rt_TypeAssertionError_Error(const void *e);

/* complex.c: a complex128 result comes back in XMM0 and XMM1, System V's
 * registers for a struct of two doubles, which are X0 and X1 for Go. */
typedef struct Complex128 {
	double re, im;
} Complex128;
Complex128 rt_complex128div(double a, double b, double c, double d);

/* panic.c */
NORETURN void rt_gopanic(eface e);
void rt_deferproc(funcval *fn, uintptr_t pc, uintptr_t sp, uintptr_t bp);
void rt_deferreturn(uintptr_t sp);
eface rt_gorecover(uintptr_t argp);
NORETURN void rt_panicdivide(void);
NORETURN void rt_panicshift(void);
NORETURN void rt_panicmem(void);
NORETURN void rt_panicwrap(const char *msg, intgo n);
NORETURN void rt_panicIndex(intgo x, intgo y);
NORETURN void rt_panicIndexU(uintgo x, intgo y);
NORETURN void rt_panicSliceAlen(intgo x, intgo y);
NORETURN void rt_panicSliceAlenU(uintgo x, intgo y);
NORETURN void rt_panicSliceAcap(intgo x, intgo y);
NORETURN void rt_panicSliceAcapU(uintgo x, intgo y);
NORETURN void rt_panicSliceB(intgo x, intgo y);
NORETURN void rt_panicSliceBU(uintgo x, intgo y);
NORETURN void rt_panicSlice3Alen(intgo x, intgo y);
NORETURN void rt_panicSlice3AlenU(uintgo x, intgo y);
NORETURN void rt_panicSlice3Acap(intgo x, intgo y);
NORETURN void rt_panicSlice3AcapU(uintgo x, intgo y);
NORETURN void rt_panicSlice3B(intgo x, intgo y);
NORETURN void rt_panicSlice3BU(uintgo x, intgo y);
NORETURN void rt_panicSlice3C(intgo x, intgo y);
NORETURN void rt_panicSlice3CU(uintgo x, intgo y);
NORETURN void rt_panicSliceConvert(intgo x, intgo y);

/* chan.c. A select case as the compiler lays it out (gc's scase), and
 * the two result words of selectgo and selectnbrecv. */
typedef struct hchan hchan;
typedef struct scase {
	hchan *c;
	void *elem;
} scase;
typedef struct SelectResult {
	intgo casi;
	uintptr_t recvOK;
} SelectResult;
typedef struct SelectedReceived {
	uintptr_t selected;
	uintptr_t received;
} SelectedReceived;
hchan *rt_makechan(chantype *t, intgo size);
void rt_chansend1(hchan *c, const void *elem);
void rt_chanrecv1(hchan *c, void *elem);
uintptr_t rt_chanrecv2(hchan *c, void *elem);
void rt_closechan(hchan *c);
uintptr_t rt_selectnbsend(hchan *c, const void *elem);
SelectedReceived rt_selectnbrecv(void *elem, hchan *c);
SelectResult rt_selectgo(scase *cas0, uint16_t *order0, uintptr_t *pc0, intgo nsends, intgo nrecvs,
			 uintptr_t block);
NORETURN void rt_block(void);
typedef struct runtimeSelect runtimeSelect;
uintptr_t rt_reflect_chansend(hchan *c, const void *elem, uintptr_t nb);
SelectedReceived rt_reflect_chanrecv(hchan *c, uintptr_t nb, void *elem);
SelectResult rt_reflect_rselect(runtimeSelect *cases, intgo n);

/* proc.c */
void rt_newproc(funcval *fn);
intgo rt_NumGoroutine(void);
void rt_Gosched(void);

/* panic.c */
NORETURN void rt_Goexit(void);

/* sema.c: sync's semaphores and notify lists */
void rt_sync_Semacquire(uint32_t *s);
void rt_sync_SemacquireMutex(uint32_t *s, uintptr_t lifo, intgo skipframes);
void rt_sync_Semrelease(uint32_t *s, uintptr_t handoff, intgo skipframes);
uint32_t rt_sync_notifyListAdd(notifyList *l);
void rt_sync_notifyListWait(notifyList *l, uint32_t t);
void rt_sync_notifyListNotifyAll(notifyList *l);
void rt_sync_notifyListNotifyOne(notifyList *l);
void rt_sync_notifyListCheck(uintptr_t size);

/* linkname.c: the C half of linkname.def */
typedef struct FuncInfo FuncInfo;
uintptr_t rt_sync_canSpin(intgo i);
void rt_sync_doSpin(void);
void rt_sync_registerPoolCleanup(funcval *f);
intgo rt_procPin(void);
void rt_procUnpin(void);
uint32_t rt_fastrandn(uint32_t n);
void rt_gothrow(String s);
void rt_gofatal(String s);
intgo rt_NumCPU(void);
intgo rt_GOMAXPROCS(intgo n);
intgo rt_callers(intgo skip, uintptr_t *pcs, intgo len, intgo cap);
intgo rt_stack(uint8_t *buf, intgo len, intgo cap, uintptr_t all);
int32_t rt_debug_setGCPercent(int32_t in);
intgo rt_debug_setMaxThreads(intgo in);
int64_t rt_debug_setMemoryLimit(int64_t in);
void rt_debug_freeOSMemory(void);
void rt_debug_readGCStats(Slice *pauses);
String rt_debug_modinfo(void);
void rt_debug_WriteHeapDump(uintptr_t fd);
intgo rt_debug_setMaxStack(intgo n);
uintptr_t rt_debug_setPanicOnFault(uintptr_t on);
void rt_debug_SetTraceback(String level);
uintptr_t rt_funcinfo(uintptr_t pc, FuncInfo *fi);
String rt_getenv(String key);
void rt_readmemstats(memstats *out);
void rt_gcRun(void);
void rt_trace_user(void);
void rt_typedmemmove(_type *t, void *dst, const void *src);
PtrInt rt_typelinks(void);
/* alg.c: the equal function of reflect's made types (linkname.def) */
uintptr_t rt_descequal(const void *p, const void *q);

/* proc.c */
void rt_entersyscall(void);
void rt_exitsyscall(void);

/* os_linux.c; three result words come back through memory (abi_amd64.S) */
Slice rt_os_runtime_args(void);
Slice rt_syscall_runtime_envs(void);
void rt_syscall_setenv_c(String k, String v);
void rt_syscall_unsetenv_c(String k);
intgo rt_syscall_Getpagesize(void);
void rt_syscall_Exit(intgo code);
void rt_os_beforeExit(void);
uint32_t rt_os_fastrand(void);
void rt_syscall_BeforeFork(void);
void rt_syscall_AfterFork(void);
void rt_syscall_AfterForkInChild(void);
void rt_syscall_BeforeExec(void);
void rt_syscall_AfterExec(void);
NORETURN void rt_syscall_cgocaller(void);

/* signal_linux_amd64.c */
NORETURN void rt_os_sigpipe(void);

/* time.c: time.now's three results, as System V returns them (memory) */
typedef struct TimeNow {
	int64_t sec;
	int32_t nsec;
	int64_t mono;
} TimeNow;
int64_t rt_nanotime(void);
TimeNow rt_time_now(void);
void rt_time_Sleep(int64_t ns);
NORETURN void rt_time_timer(void);

/* netpoll.c */
void rt_poll_ServerInit(void);
PtrInt rt_poll_Open(uintptr_t fd);
NORETURN void rt_poll_nopoller(void);
uintptr_t rt_poll_IsPollServerDescriptor(uintptr_t fd);
void rt_poll_Semrelease(uint32_t *s);

#endif
