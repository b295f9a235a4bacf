/* safec_report.c — one violation report, then the end of the process.
 *
 *   safec: heap-buffer-overflow: write of 4 bytes, 0 bytes past the end of a 40-byte heap block
 *     at fill (demo.c:12:9)      p[i] = v;
 *     object: int[10] allocated at main (demo.c:20:14)
 *     call stack: fill demo.c:12 <- main demo.c:21
 *
 * Everything here is slow path: it may read files and run addr2line, but it
 * must never hang, so the child is given a deadline.
 */
#define _GNU_SOURCE
#include "safec_internal.h"

#include <dlfcn.h>
#include <execinfo.h>
#include <fcntl.h>
#include <link.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static const char *const sc_kind_names[] = {
    [SC_V_HEAP_OVERFLOW] = "heap-buffer-overflow",
    [SC_V_STACK_OVERFLOW] = "stack-buffer-overflow",
    [SC_V_GLOBAL_OVERFLOW] = "global-buffer-overflow",
    [SC_V_SUBOBJECT_OVERFLOW] = "sub-object-overflow",
    [SC_V_USE_AFTER_FREE] = "use-after-free",
    [SC_V_USE_AFTER_RETURN] = "use-after-return",
    [SC_V_USE_AFTER_SCOPE] = "use-after-scope",
    [SC_V_DOUBLE_FREE] = "double-free",
    [SC_V_INVALID_FREE] = "invalid-free",
    [SC_V_UNINITIALIZED_READ] = "uninitialized-read",
    [SC_V_NULL_DEREFERENCE] = "null-dereference",
    [SC_V_FORGED_POINTER] = "forged-pointer",
    [SC_V_CONTROL_FLOW] = "control-flow-violation",
    [SC_V_VARARG] = "vararg-violation",
    [SC_V_FORMAT] = "format-violation",
    [SC_V_MEMCPY_OVERLAP] = "memcpy-param-overlap",
};

const char *sc_violation_name(int kind)
{
    if (kind > 0 && kind < (int)(sizeof sc_kind_names / sizeof *sc_kind_names) &&
        sc_kind_names[kind])
        return sc_kind_names[kind];
    return "violation";
}

/* ------------------------------------------------------------ a growing text */
typedef struct sc_buf {
    char s[16384];
    size_t n;
} sc_buf;

static __attribute__((format(printf, 2, 3))) void sc_put(sc_buf *b, const char *fmt, ...)
{
    if (b->n >= sizeof b->s - 1)
        return;
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(b->s + b->n, sizeof b->s - b->n, fmt, ap);
    va_end(ap);
    if (k > 0)
        b->n += (size_t)k < sizeof b->s - b->n ? (size_t)k : sizeof b->s - b->n - 1;
}

/* Copy src into dst[size], truncating. */
static void sc_copy(char *dst, size_t size, const char *src)
{
    size_t n = strnlen(src, size - 1);
    memcpy(dst, src, n);
    dst[n] = 0;
}

static const char *sc_base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Line `line` of `file`, trimmed, or "" if unreadable. */
static void sc_source_line(const char *file, int line, char *out, size_t size)
{
    out[0] = 0;
    if (!file || line <= 0)
        return;
    FILE *fp = fopen(file, "r");
    if (!fp)
        return;
    char buf[512];
    int at = 1;
    bool bol = true; /* at the beginning of a line (long lines span several reads) */
    while (fgets(buf, sizeof buf, fp)) {
        if (bol && at == line) {
            char *s = buf;
            while (*s == ' ' || *s == '\t')
                s++;
            size_t n = strcspn(s, "\r\n");
            while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
                n--;
            if (n >= size)
                n = size - 1;
            memcpy(out, s, n);
            out[n] = 0;
            break;
        }
        bol = strchr(buf, '\n') != NULL;
        if (bol)
            at++;
    }
    fclose(fp);
}

static void sc_put_site(sc_buf *b, const sc_site *s)
{
    if (s->func)
        sc_put(b, "%s (%s:%d:%d)", s->func, s->file ? s->file : "?", s->line, s->col);
    else
        sc_put(b, "%s:%d:%d", s->file ? s->file : "?", s->line, s->col);
}

/* ------------------------------------------------------------ call stack
 * backtrace() gives return addresses; addr2line -i turns each address of
 * the executable into its chain of inlined functions (innermost first), so
 * the checks inlined into a function and functions inlined into others
 * each get their own logical frame.  Runtime frames (sc_*) are dropped. */

#define SC_MAXPC 64
#define SC_MAXFR 160

typedef struct sc_frame {
    void *pc;
    char func[128];
    char loc[96]; /* "demo.c:12", or "" */
} sc_frame;

typedef struct sc_modq {
    uintptr_t pc;
    uintptr_t bias;
    const char *name;
    bool found;
} sc_modq;

static int sc_find_module(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    sc_modq *q = arg;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t lo = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD && q->pc >= lo && q->pc < lo + ph->p_memsz) {
            q->bias = info->dlpi_addr;
            q->name = info->dlpi_name;
            q->found = true;
            return 1;
        }
    }
    return 0;
}

static double sc_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Run `addr2line -a -f -C -i` on `exe` for n addresses into out[size].
 * Gives up after a few seconds: a report must never hang. */
static bool sc_run_addr2line(const char *exe, const uintptr_t *addrs, int n, char *out,
                             size_t size)
{
    char hex[SC_MAXPC][24];
    char *argv[8 + SC_MAXPC];
    int a = 0;
    argv[a++] = "addr2line";
    argv[a++] = "-a";
    argv[a++] = "-f";
    argv[a++] = "-C";
    argv[a++] = "-i";
    argv[a++] = "-e";
    argv[a++] = (char *)exe;
    for (int k = 0; k < n && k < SC_MAXPC; k++) {
        snprintf(hex[k], sizeof hex[k], "0x%lx", (unsigned long)addrs[k]);
        argv[a++] = hex[k];
    }
    argv[a] = NULL;

    int pfd[2];
    if (pipe2(pfd, O_CLOEXEC) != 0)
        return false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, pfd[1], 1);
    posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid;
    int err = posix_spawnp(&pid, "addr2line", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(pfd[1]);
    if (err != 0) {
        close(pfd[0]);
        return false;
    }
    size_t len = 0;
    double deadline = sc_now() + 5.0;
    for (;;) {
        double left = deadline - sc_now();
        if (left <= 0 || len >= size - 1)
            break;
        struct pollfd p = {pfd[0], POLLIN, 0};
        if (poll(&p, 1, (int)(left * 1000) + 1) <= 0)
            break;
        ssize_t r = read(pfd[0], out + len, size - 1 - len);
        if (r <= 0)
            break;
        len += (size_t)r;
    }
    out[len] = 0;
    close(pfd[0]);
    kill(pid, SIGKILL); /* harmless if it has exited: not reaped yet, so still ours */
    waitpid(pid, NULL, 0);
    return len > 0;
}

/* "path/demo.c:12 (discriminator 3)" -> "demo.c:12"; "" if unknown. */
static void sc_short_loc(char *dst, size_t size, char *loc)
{
    dst[0] = 0;
    char *disc = strstr(loc, " (discriminator");
    if (disc)
        *disc = 0;
    char *colon = strrchr(loc, ':');
    if (loc[0] != '?' && colon && colon[1] && colon[1] != '?' && strcmp(colon + 1, "0") != 0)
        sc_copy(dst, size, sc_base_name(loc));
}

static bool sc_is_runtime(const char *fn) { return strncmp(fn, "sc_", 3) == 0; }

/* Logical frames of the current call stack; returns how many. */
static int sc_frames(sc_frame *fr, bool *named)
{
    void *pcs[SC_MAXPC];
    int n = backtrace(pcs, SC_MAXPC);
    char exe[4096];
    ssize_t el = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[el > 0 ? el : 0] = 0;
    uintptr_t addrs[SC_MAXPC];
    int in_exe[SC_MAXPC], na = 0;
    char libname[SC_MAXPC][128];
    for (int i = 0; i < n; i++) {
        /* a return address points after the call: look up the call itself */
        uintptr_t pc = (uintptr_t)pcs[i] - 1;
        sc_modq q = {pc, 0, NULL, false};
        dl_iterate_phdr(sc_find_module, &q);
        libname[i][0] = 0;
        in_exe[i] = q.found && (!q.name || !q.name[0]) && exe[0];
        if (in_exe[i]) {
            addrs[na++] = pc - q.bias;
        } else {
            /* a library frame without a symbol is libc's inside (qsort's
             * helpers): left out */
            Dl_info di;
            if (dladdr((void *)pc, &di) && di.dli_sname)
                sc_copy(libname[i], sizeof libname[i], di.dli_sname);
        }
    }
    static char out[32768];
    *named = na > 0 && sc_run_addr2line(exe, addrs, na, out, sizeof out);

    int nf = 0;
    char *s = out;
    for (int i = 0; i < n && nf < SC_MAXFR; i++) {
        if (!in_exe[i] || !*named) {
            fr[nf].pc = pcs[i];
            sc_copy(fr[nf].func, sizeof fr[nf].func, libname[i]);
            fr[nf++].loc[0] = 0;
            continue;
        }
        /* "0x...." then (function, location) pairs up to the next "0x" */
        char *e = strchr(s, '\n');
        if (strncmp(s, "0x", 2) != 0 || !e)
            break;
        s = e + 1;
        while (*s && strncmp(s, "0x", 2) != 0 && nf < SC_MAXFR) {
            char *fn = s, *loc;
            if (!(e = strchr(fn, '\n')))
                break;
            *e = 0;
            loc = e + 1;
            if (!(e = strchr(loc, '\n')))
                break;
            *e = 0;
            s = e + 1;
            fr[nf].pc = pcs[i];
            sc_copy(fr[nf].func, sizeof fr[nf].func, strcmp(fn, "??") ? fn : "");
            sc_short_loc(fr[nf].loc, sizeof fr[nf].loc, loc);
            nf++;
        }
    }
    return nf;
}

static void sc_put_stack(sc_buf *b, const sc_site *site)
{
    static sc_frame fr[SC_MAXFR];
    bool named;
    int n = sc_frames(fr, &named);
    sc_put(b, "  call stack:");
    if (!named) { /* no addr2line: dynamic symbols and raw addresses */
        for (int i = 0; i < n; i++) {
            sc_put(b, "%s ", i ? " <-" : "");
            if (fr[i].func[0])
                sc_put(b, "%s", fr[i].func);
            else
                sc_put(b, "%p", fr[i].pc);
        }
        sc_put(b, "\n");
        return;
    }
    int i = 0, shown = 0;
    while (i < n && (!fr[i].func[0] || sc_is_runtime(fr[i].func)))
        i++;
    if (site && site->func && (i >= n || strcmp(fr[i].func, site->func) != 0)) {
        /* the faulting function is not symbolized */
        sc_put(b, " %s %s:%d", site->func, site->file ? sc_base_name(site->file) : "?",
               site->line);
        shown++;
    }
    int last = -1, repeats = 0; /* deep recursion: one frame, then (xN) */
    for (; i < n; i++) {
        if (!fr[i].func[0] || sc_is_runtime(fr[i].func))
            continue;
        if (last >= 0 && strcmp(fr[i].func, fr[last].func) == 0 &&
            strcmp(fr[i].loc, fr[last].loc) == 0) {
            repeats++;
            continue;
        }
        if (repeats)
            sc_put(b, " (x%d)", repeats + 1);
        repeats = 0;
        last = i;
        sc_put(b, "%s %s", shown ? " <-" : "", fr[i].func);
        if (shown == 0 && site && site->func && strcmp(fr[i].func, site->func) == 0)
            sc_put(b, " %s:%d", site->file ? sc_base_name(site->file) : "?", site->line);
        else if (fr[i].loc[0])
            sc_put(b, " %s", fr[i].loc);
        shown++;
        if (strcmp(fr[i].func, "main") == 0)
            break;
    }
    if (repeats)
        sc_put(b, " (x%d%s)", repeats + 1, i >= n ? " or more" : "");
    sc_put(b, "\n");
}

/* ------------------------------------------------------------ the report */

static void sc_put_object(sc_buf *b, sc_cap c)
{
    sc_obj o;
    enum sc_found st = sc__describe(c, &o);
    if (st == SC_FOUND_NONE)
        return;
    sc_put(b, "  object: ");
    if (o.kind == SC_K_FUNC) {
        sc_put(b, "function %s", sc__type_name(&o) ? sc__type_name(&o) : "?");
        if (sc__type_id(&o))
            sc_put(b, " (type #%u)", sc__type_id(&o));
        sc_put(b, " at %p\n", (void *)o.base);
        return;
    }
    if (sc__type_name(&o))
        sc_put(b, "%s", sc__type_name(&o));
    else
        sc_put(b, "%llu-byte %s", (unsigned long long)o.size, sc__kind_noun(o.kind));
    if (sc__alloc_site(&o)) {
        sc_put(b, " %s at ", o.kind == SC_K_HEAP ? "allocated" : "declared");
        sc_put_site(b, sc__alloc_site(&o));
    } else if (o.kind == SC_K_ARGV) {
        sc_put(b, " (program arguments or environment)");
    }
    if (st == SC_FOUND_DEAD) {
        if (sc__free_site(&o)) {
            sc_put(b, ", freed at ");
            sc_put_site(b, sc__free_site(&o));
        } else if (o.kind == SC_K_STACK) {
            sc_put(b, (o.flags & SC_F_RETURNED) ? ", its function has returned"
                                                : ", its scope has ended");
        } else if (o.kind == SC_K_HEAP) {
            sc_put(b, ", freed");
        }
    }
    sc_put(b, "\n");
}

static int sc_exit_code(void)
{
    const char *s = getenv("SAFEC_EXITCODE");
    if (s && *s) {
        char *end;
        long v = strtol(s, &end, 10);
        if (!*end && v >= 0 && v <= 255)
            return (int)v;
    }
    return 86;
}

static int sc_reporting;
static __thread int sc_in_report;

void sc_report(int kind, const sc_site *site, sc_cap c, const void *addr, const char *fmt, ...)
{
    (void)addr; /* callers put the address into the detail text where it helps */
    if (sc_in_report) /* a fault while reporting: give up quietly */
        _exit(sc_exit_code());
    sc_in_report = 1;
    if (__atomic_exchange_n(&sc_reporting, 1, __ATOMIC_ACQ_REL)) {
        for (;;) /* another thread is reporting and will end the process */
            pause();
    }
    /* The program's earlier output comes first. */
    fflush(stdout);

    static sc_buf b;
    b.n = 0;
    sc_put(&b, "safec: %s: ", sc_violation_name(kind));
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(b.s + b.n, sizeof b.s - b.n, fmt, ap);
    va_end(ap);
    if (k > 0)
        b.n += (size_t)k < sizeof b.s - b.n ? (size_t)k : sizeof b.s - b.n - 1;
    sc_put(&b, "\n");
    if (site) {
        size_t start = b.n;
        sc_put(&b, "  at ");
        sc_put_site(&b, site);
        char src[256];
        sc_source_line(site->file, site->line, src, sizeof src);
        if (src[0]) {
            size_t w = b.n - start;
            sc_put(&b, "%*s%s", w < 27 ? (int)(29 - w) : 2, "", src);
        }
        sc_put(&b, "\n");
    }
    sc_put_object(&b, c);
    /* Written now, so the kind and place survive if symbolizing fails. */
    if (write(2, b.s, b.n) < 0) { /* stderr is gone; the exit code still tells */ }
    b.n = 0;
    if (!getenv("SAFEC_NO_STACK"))
        sc_put_stack(&b, site);
    if (b.n && write(2, b.s, b.n) < 0) { /* as above */ }
    _exit(sc_exit_code());
}

/* ------------------------------------------------------------ faults
 * A fault the checks did not prevent (a stack overflow, regular C code, a
 * wild pointer from code safec has no model of) is named before the
 * process dies of it: safec's frames are bigger than gcc's, so deep
 * recursion that fits a plain build may not fit a safe one, and a bare
 * "Segmentation fault" says nothing of where.  The handler runs on an
 * alternate stack (per thread, set up with its record cache), is installed
 * only over the default action (a program's own handler, set before or
 * after, wins), and after the report the signal is delivered again with
 * its default action: the exit status stays the plain build's. */
#include <sys/mman.h>
#include <ucontext.h>

#define SC_ALTSTACK_BYTES ((size_t)64 << 10)

static uintptr_t sc_fault_sp(const void *ucv)
{
    const ucontext_t *uc = ucv;
#if defined(__x86_64__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__i386__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_ESP];
#elif defined(__aarch64__)
    return (uintptr_t)uc->uc_mcontext.sp;
#else
    (void)uc;
    return 0;
#endif
}

/* Is a fault at address a, with the stack pointer at sp, the stack running
 * out?  At or just below sp (a call's push, a stack probe), or above it
 * inside a frame just made: a function with a big frame may touch it first
 * anywhere (Lua's luaV_execute, 30 KB in safe mode, first stores 4 KB above
 * sp).  Memory above sp is the thread's live stack, mapped, up to its top:
 * a fault there is past the stack's end. */
bool sc__stack_fault(uintptr_t a, uintptr_t sp)
{
    if (!sp)
        return false;
    if (a < sp)
        return sp - a < ((uintptr_t)1 << 16); /* pushes and probes below sp */
    return a - sp < ((uintptr_t)1 << 20);      /* frames up to 1 MB */
}

static void sc_fault(int sig, siginfo_t *si, void *uc)
{
    if (si->si_code <= 0) { /* sent (kill, raise), not a fault: nothing to name */
        signal(sig, SIG_DFL);
        raise(sig); /* delivered when this handler returns */
        return;
    }
    uintptr_t a = (uintptr_t)si->si_addr, sp = sc_fault_sp(uc);
    bool overflow = sig == SIGSEGV && sc__stack_fault(a, sp);
    if (sc_in_report || __atomic_exchange_n(&sc_reporting, 1, __ATOMIC_ACQ_REL)) {
        signal(sig, SIG_DFL); /* another report is on its way */
        return;
    }
    sc_in_report = 1;
    fflush(stdout);
    static sc_buf b;
    b.n = 0;
    if (overflow)
        sc_put(&b, "safec: stack-overflow: the stack is exhausted (access at %p, stack pointer "
                   "%p): recursion too deep, or a local too big, for this thread's stack\n",
               (void *)a, (void *)sp);
    else
        sc_put(&b, "safec: %s at address %p (in code compiled as regular C, or through a "
                   "pointer from code safec has no model of)\n",
               sig == SIGBUS ? "bus error" : "segmentation fault", (void *)a);
    if (write(2, b.s, b.n) < 0) { /* the signal's status still tells */ }
    b.n = 0;
    if (!getenv("SAFEC_NO_STACK"))
        sc_put_stack(&b, NULL);
    if (b.n && write(2, b.s, b.n) < 0) { /* as above */ }
    signal(sig, SIG_DFL); /* returning retries the access, which now kills */
    raise(sig);           /* (and kills if it would not fault again) */
}

/* This thread's alternate signal stack, from *mem (mapped on first use and
 * kept with the thread's record cache). */
void sc__fault_thread(void **mem)
{
    stack_t old;
    if (sigaltstack(NULL, &old) != 0 || !(old.ss_flags & SS_DISABLE))
        return; /* the program has its own */
    if (!*mem) {
        void *m = mmap(NULL, SC_ALTSTACK_BYTES, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            return;
        *mem = m;
    }
    stack_t ss = {.ss_sp = *mem, .ss_size = SC_ALTSTACK_BYTES, .ss_flags = 0};
    (void)sigaltstack(&ss, NULL);
}

/* Install the fault handler (process start). */
void sc__fault_init(void)
{
    static const int sigs[] = {SIGSEGV, SIGBUS};
    for (size_t k = 0; k < sizeof sigs / sizeof *sigs; k++) {
        struct sigaction old;
        if (sigaction(sigs[k], NULL, &old) != 0 || (old.sa_flags & SA_SIGINFO) ||
            old.sa_handler != SIG_DFL)
            continue;
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = sc_fault;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&sa.sa_mask);
        (void)sigaction(sigs[k], &sa, NULL);
    }
}
