#include <stdio.h>
#include <string.h>

/* A small stack VM with a switch dispatch loop, calls/returns, locals,
   and a tiny assembler from mnemonic strings. */

enum op { PUSH, POP, ADD, SUB, MUL, DIV, MOD, DUP, SWAP, JMP, JZ, JNZ, LT, EQ,
          LOAD, STORE, CALL, RET, PRINT, HALT, NOPS };

static const char *const names[NOPS] = {"push", "pop", "add", "sub", "mul", "div", "mod", "dup", "swap",
    "jmp", "jz", "jnz", "lt", "eq", "load", "store", "call", "ret", "print", "halt"};
static const int has_arg[NOPS] = {[PUSH] = 1, [JMP] = 1, [JZ] = 1, [JNZ] = 1, [LOAD] = 1, [STORE] = 1, [CALL] = 1};

struct vm { long stack[256]; int sp; int frames[64]; int fp; long locals[64][8]; int pc; long steps; };

static int assemble(const char *src, long *code, int max) {
    char buf[1024];
    strncpy(buf, src, sizeof buf - 1);
    buf[sizeof buf - 1] = '\0';
    int n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(buf, " \n;", &save); tok; tok = strtok_r(NULL, " \n;", &save)) {
        int found = -1;
        for (int i = 0; i < NOPS; i++) if (strcmp(tok, names[i]) == 0) { found = i; break; }
        if (found < 0) {
            long v = 0; int neg = 0; const char *p = tok;
            if (*p == '-') { neg = 1; p++; }
            while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0');
            code[n++] = neg ? -v : v;
        } else code[n++] = found;
        if (n >= max) break;
    }
    return n;
}

static int run(struct vm *m, const long *code, int len) {
    memset(m, 0, sizeof *m);
    for (;;) {
        if (m->pc < 0 || m->pc >= len) return -1;
        long op = code[m->pc++];
        long arg = (op >= 0 && op < NOPS && has_arg[op]) ? code[m->pc++] : 0;
        if (++m->steps > 100000) return -5;
        long a, b;
        switch (op) {
        case PUSH: m->stack[m->sp++] = arg; break;
        case POP: m->sp--; break;
        case ADD: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a + b; break;
        case SUB: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a - b; break;
        case MUL: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a * b; break;
        case DIV: case MOD:
            b = m->stack[--m->sp]; a = m->stack[--m->sp];
            if (b == 0) return -2;
            m->stack[m->sp++] = op == DIV ? a / b : a % b;
            break;
        case DUP: m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; break;
        case SWAP: a = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2]; m->stack[m->sp - 2] = a; break;
        case JMP: m->pc = (int)arg; break;
        case JZ: if (m->stack[--m->sp] == 0) m->pc = (int)arg; break;
        case JNZ: if (m->stack[--m->sp] != 0) m->pc = (int)arg; break;
        case LT: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a < b; break;
        case EQ: b = m->stack[--m->sp]; a = m->stack[--m->sp]; m->stack[m->sp++] = a == b; break;
        case LOAD: m->stack[m->sp++] = m->locals[m->fp][arg]; break;
        case STORE: m->locals[m->fp][arg] = m->stack[--m->sp]; break;
        case CALL:
            m->frames[++m->fp] = m->pc;
            memset(m->locals[m->fp], 0, sizeof m->locals[m->fp]);
            m->pc = (int)arg;
            break;
        case RET:
            if (m->fp == 0) return -3;
            m->pc = m->frames[m->fp--];
            break;
        case PRINT: printf("  out: %ld\n", m->stack[--m->sp]); break;
        case HALT: return 0;
        default: return -4;
        }
    }
}

int main(void) {
    /* sum 1..10 using locals: l0=i, l1=acc */
    const char *sum_src =
        "push 1 store 0 push 0 store 1 "
        "load 0 push 11 lt jz 31 "          /* 8: loop test */
        "load 1 load 0 add store 1 "
        "load 0 push 1 add store 0 jmp 8 "
        "load 1 print halt";
    /* factorial via recursive CALL: arg on stack, result on stack */
    const char *fact_src =
        "push 10 call 6 print halt "                 /* 0..5 */
        "store 0 load 0 push 2 lt jz 18 "            /* 6: if n<2 return 1 */
        "push 1 ret "                                /* 15 */
        "load 0 load 0 push 1 sub call 6 mul ret";   /* 18 */
    const char *bad_src = "push 1 push 0 div halt";
    const char *srcs[] = {sum_src, fact_src, bad_src};
    const char *titles[] = {"sum 1..10", "factorial 10", "division by zero"};
    static struct vm m;
    for (int i = 0; i < 3; i++) {
        long code[256];
        int n = assemble(srcs[i], code, 256);
        printf("%s: %d words\n", titles[i], n);
        int rc = run(&m, code, n);
        printf("  rc=%d steps=%ld sp=%d\n", rc, m.steps, m.sp);
    }
    return 0;
}

/* EXPECT-STDOUT:
sum 1..10: 35 words
  out: 55
  rc=0 steps=141 sp=0
factorial 10: 29 words
  out: 3628800
  rc=0 steps=119 sp=0
division by zero: 6 words
  rc=-2 steps=3 sp=0
*/
