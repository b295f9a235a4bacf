// interp: a small stack-based bytecode interpreter (switch dispatch, checked
// stack and memory accesses) running two loop-heavy programs -- a prime sieve
// and Collatz step counting -- verified against the same computations in C.
// Measures: dispatch branches, operand stack traffic, array-indexed VM memory.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef SIEVE_N
#define SIEVE_N 100000
#endif
#ifndef SIEVE_REPS
#define SIEVE_REPS 12
#endif
#ifndef COLLATZ_N
#define COLLATZ_N 60000
#endif

enum op {
    OP_HALT, OP_PUSH, OP_LOAD, OP_STORE, OP_INC, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD,
    OP_LT, OP_EQ, OP_NOT, OP_JMP, OP_JZ, OP_JNZ, OP_MLOAD, OP_MSTORE, OP_DUP, OP_POP,
    OP_CALL, OP_RET,
};

#define MAX_CODE 512
#define MAX_LABELS 32
#define STACK_SIZE 64
#define LOCALS 16

struct program {
    int64_t code[MAX_CODE];
    int len;
    int label_at[MAX_LABELS];  /* code offset of each label, -1 if unbound */
    int fixups[MAX_LABELS][8]; /* code offsets waiting for a label */
    int nfix[MAX_LABELS];
};

static void init_program(struct program *p)
{
    p->len = 0;
    for (int i = 0; i < MAX_LABELS; i++) {
        p->label_at[i] = -1;
        p->nfix[i] = 0;
    }
}

static void emit(struct program *p, int64_t word)
{
    if (p->len >= MAX_CODE) {
        fprintf(stderr, "program too long\n");
        exit(2);
    }
    p->code[p->len++] = word;
}

static void emit1(struct program *p, enum op op, int64_t arg)
{
    emit(p, op);
    emit(p, arg);
}

static void emit_jump(struct program *p, enum op op, int label)
{
    emit(p, op);
    if (p->label_at[label] >= 0) {
        emit(p, p->label_at[label]);
    } else {
        p->fixups[label][p->nfix[label]++] = p->len;
        emit(p, -1);
    }
}

static void bind(struct program *p, int label)
{
    p->label_at[label] = p->len;
    for (int i = 0; i < p->nfix[label]; i++)
        p->code[p->fixups[label][i]] = p->len;
    p->nfix[label] = 0;
}

struct vm {
    int64_t stack[STACK_SIZE];
    int64_t locals[LOCALS];
    int64_t *mem;
    long mem_size;
    int rstack[16];
    long steps;
};

/* Returns 0 on success, -1 on a VM fault. */
static int run(const struct program *p, struct vm *vm)
{
    int sp = 0, rsp = 0, pc = 0;
    int64_t a, b;
#define NEED(n) do { if (sp < (n)) return -1; } while (0)
#define ROOM() do { if (sp >= STACK_SIZE) return -1; } while (0)
    for (;;) {
        if (pc < 0 || pc >= p->len)
            return -1;
        vm->steps++;
        switch ((enum op)p->code[pc]) {
        case OP_HALT:
            return 0;
        case OP_PUSH:
            ROOM();
            vm->stack[sp++] = p->code[pc + 1];
            pc += 2;
            break;
        case OP_LOAD:
            ROOM();
            vm->stack[sp++] = vm->locals[p->code[pc + 1] & (LOCALS - 1)];
            pc += 2;
            break;
        case OP_STORE:
            NEED(1);
            vm->locals[p->code[pc + 1] & (LOCALS - 1)] = vm->stack[--sp];
            pc += 2;
            break;
        case OP_INC:
            vm->locals[p->code[pc + 1] & (LOCALS - 1)]++;
            pc += 2;
            break;
        case OP_ADD: NEED(2); b = vm->stack[--sp]; a = vm->stack[sp - 1]; vm->stack[sp - 1] = a + b; pc++; break;
        case OP_SUB: NEED(2); b = vm->stack[--sp]; a = vm->stack[sp - 1]; vm->stack[sp - 1] = a - b; pc++; break;
        case OP_MUL: NEED(2); b = vm->stack[--sp]; a = vm->stack[sp - 1]; vm->stack[sp - 1] = a * b; pc++; break;
        case OP_DIV:
            NEED(2);
            b = vm->stack[--sp];
            if (b == 0)
                return -1;
            vm->stack[sp - 1] /= b;
            pc++;
            break;
        case OP_MOD:
            NEED(2);
            b = vm->stack[--sp];
            if (b == 0)
                return -1;
            vm->stack[sp - 1] %= b;
            pc++;
            break;
        case OP_LT: NEED(2); b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] < b; pc++; break;
        case OP_EQ: NEED(2); b = vm->stack[--sp]; vm->stack[sp - 1] = vm->stack[sp - 1] == b; pc++; break;
        case OP_NOT: NEED(1); vm->stack[sp - 1] = !vm->stack[sp - 1]; pc++; break;
        case OP_JMP:
            pc = (int)p->code[pc + 1];
            break;
        case OP_JZ:
            NEED(1);
            pc = vm->stack[--sp] == 0 ? (int)p->code[pc + 1] : pc + 2;
            break;
        case OP_JNZ:
            NEED(1);
            pc = vm->stack[--sp] != 0 ? (int)p->code[pc + 1] : pc + 2;
            break;
        case OP_MLOAD:
            NEED(1);
            a = vm->stack[sp - 1];
            if (a < 0 || a >= vm->mem_size)
                return -1;
            vm->stack[sp - 1] = vm->mem[a];
            pc++;
            break;
        case OP_MSTORE: /* ( addr value -- ) */
            NEED(2);
            b = vm->stack[--sp];
            a = vm->stack[--sp];
            if (a < 0 || a >= vm->mem_size)
                return -1;
            vm->mem[a] = b;
            pc++;
            break;
        case OP_DUP: NEED(1); ROOM(); vm->stack[sp] = vm->stack[sp - 1]; sp++; pc++; break;
        case OP_POP: NEED(1); sp--; pc++; break;
        case OP_CALL:
            if (rsp >= 16)
                return -1;
            vm->rstack[rsp++] = pc + 2;
            pc = (int)p->code[pc + 1];
            break;
        case OP_RET:
            if (rsp <= 0)
                return -1;
            pc = vm->rstack[--rsp];
            break;
        default:
            return -1;
        }
    }
#undef NEED
#undef ROOM
}

/* locals: 0 rep, 1 i, 2 j, 3 count, 4 total */
static void build_sieve(struct program *p, int64_t n, int64_t reps)
{
    enum { L_REP, L_CLEAR, L_CLEAR_DONE, L_OUTER, L_NEXT, L_INNER, L_DONE, L_FILL };
    init_program(p);
    emit1(p, OP_PUSH, 0); emit1(p, OP_STORE, 0);
    emit1(p, OP_PUSH, 0); emit1(p, OP_STORE, 4);
    bind(p, L_REP);
    emit_jump(p, OP_CALL, L_FILL);
    emit1(p, OP_PUSH, 0); emit1(p, OP_STORE, 3);
    emit1(p, OP_PUSH, 2); emit1(p, OP_STORE, 1);
    bind(p, L_OUTER);
    emit1(p, OP_LOAD, 1); emit1(p, OP_PUSH, n); emit(p, OP_LT); emit_jump(p, OP_JZ, L_DONE);
    emit1(p, OP_LOAD, 1); emit(p, OP_MLOAD); emit_jump(p, OP_JZ, L_NEXT);
    emit1(p, OP_INC, 3);
    emit1(p, OP_LOAD, 1); emit(p, OP_DUP); emit(p, OP_MUL); emit1(p, OP_STORE, 2);
    bind(p, L_INNER);
    emit1(p, OP_LOAD, 2); emit1(p, OP_PUSH, n); emit(p, OP_LT); emit_jump(p, OP_JZ, L_NEXT);
    emit1(p, OP_LOAD, 2); emit1(p, OP_PUSH, 0); emit(p, OP_MSTORE);
    emit1(p, OP_LOAD, 2); emit1(p, OP_LOAD, 1); emit(p, OP_ADD); emit1(p, OP_STORE, 2);
    emit_jump(p, OP_JMP, L_INNER);
    bind(p, L_NEXT);
    emit1(p, OP_INC, 1);
    emit_jump(p, OP_JMP, L_OUTER);
    bind(p, L_DONE);
    emit1(p, OP_LOAD, 4); emit1(p, OP_LOAD, 3); emit(p, OP_ADD); emit1(p, OP_STORE, 4);
    emit1(p, OP_INC, 0);
    emit1(p, OP_LOAD, 0); emit1(p, OP_PUSH, reps); emit(p, OP_LT); emit_jump(p, OP_JNZ, L_REP);
    emit(p, OP_HALT);
    /* subroutine: mem[0..n) = 1, using local 5 */
    bind(p, L_FILL);
    emit1(p, OP_PUSH, 0); emit1(p, OP_STORE, 5);
    bind(p, L_CLEAR);
    emit1(p, OP_LOAD, 5); emit1(p, OP_PUSH, n); emit(p, OP_LT); emit_jump(p, OP_JZ, L_CLEAR_DONE);
    emit1(p, OP_LOAD, 5); emit1(p, OP_PUSH, 1); emit(p, OP_MSTORE);
    emit1(p, OP_INC, 5);
    emit_jump(p, OP_JMP, L_CLEAR);
    bind(p, L_CLEAR_DONE);
    emit(p, OP_RET);
}

/* locals: 0 n, 1 x, 4 total steps */
static void build_collatz(struct program *p, int64_t limit)
{
    enum { L_OUTER, L_LOOP, L_EVEN, L_STEP, L_END_N, L_DONE };
    init_program(p);
    emit1(p, OP_PUSH, 1); emit1(p, OP_STORE, 0);
    emit1(p, OP_PUSH, 0); emit1(p, OP_STORE, 4);
    bind(p, L_OUTER);
    emit1(p, OP_LOAD, 0); emit1(p, OP_PUSH, limit); emit(p, OP_LT); emit_jump(p, OP_JZ, L_DONE);
    emit1(p, OP_LOAD, 0); emit1(p, OP_STORE, 1);
    bind(p, L_LOOP);
    emit1(p, OP_LOAD, 1); emit1(p, OP_PUSH, 1); emit(p, OP_EQ); emit_jump(p, OP_JNZ, L_END_N);
    emit1(p, OP_LOAD, 1); emit1(p, OP_PUSH, 2); emit(p, OP_MOD); emit_jump(p, OP_JZ, L_EVEN);
    emit1(p, OP_LOAD, 1); emit1(p, OP_PUSH, 3); emit(p, OP_MUL); emit1(p, OP_PUSH, 1); emit(p, OP_ADD);
    emit1(p, OP_STORE, 1);
    emit_jump(p, OP_JMP, L_STEP);
    bind(p, L_EVEN);
    emit1(p, OP_LOAD, 1); emit1(p, OP_PUSH, 2); emit(p, OP_DIV); emit1(p, OP_STORE, 1);
    bind(p, L_STEP);
    emit1(p, OP_INC, 4);
    emit_jump(p, OP_JMP, L_LOOP);
    bind(p, L_END_N);
    emit1(p, OP_INC, 0);
    emit_jump(p, OP_JMP, L_OUTER);
    bind(p, L_DONE);
    emit(p, OP_HALT);
}

int main(void)
{
    static struct program prog;
    struct vm vm = { { 0 }, { 0 }, NULL, SIEVE_N, { 0 }, 0 };
    vm.mem = calloc(SIEVE_N, sizeof(int64_t));
    if (!vm.mem) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    int ok = 1;

    build_sieve(&prog, SIEVE_N, SIEVE_REPS);
    ok &= run(&prog, &vm) == 0;
    int64_t primes_vm = vm.locals[4];

    /* native reference */
    char *composite = calloc(SIEVE_N, 1);
    if (!composite) {
        fprintf(stderr, "out of memory\n");
        return 2;
    }
    int64_t primes = 0;
    for (int64_t i = 2; i < SIEVE_N; i++) {
        if (composite[i])
            continue;
        primes++;
        for (int64_t j = i * i; j < SIEVE_N; j += i)
            composite[j] = 1;
    }
    free(composite);
    ok &= primes_vm == primes * SIEVE_REPS;

    for (int i = 0; i < LOCALS; i++)
        vm.locals[i] = 0;
    build_collatz(&prog, COLLATZ_N);
    ok &= run(&prog, &vm) == 0;
    int64_t steps_vm = vm.locals[4];
    int64_t steps = 0;
    for (int64_t n = 1; n < COLLATZ_N; n++)
        for (int64_t x = n; x != 1; steps++)
            x = (x % 2) ? 3 * x + 1 : x / 2;
    ok &= steps_vm == steps;

    free(vm.mem);
    printf("checksum: %lld %lld %ld\n", (long long)primes_vm, (long long)steps_vm, vm.steps);
    return ok ? 0 : 1;
}
