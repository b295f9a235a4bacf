#include <stdio.h>

enum { OP_PUSH, OP_ADD, OP_MUL, OP_DUP, OP_SWAP, OP_PRINT, OP_JNZ, OP_DEC, OP_OVER, OP_POP, OP_HALT };

static int run(const int *code) {
    static void *dispatch[] = {
        [OP_PUSH] = &&do_push, [OP_ADD] = &&do_add, [OP_MUL] = &&do_mul,
        [OP_DUP] = &&do_dup, [OP_SWAP] = &&do_swap, [OP_PRINT] = &&do_print,
        [OP_JNZ] = &&do_jnz, [OP_DEC] = &&do_dec, [OP_OVER] = &&do_over, [OP_POP] = &&do_pop,
        [OP_HALT] = &&do_halt,
    };
    int stack[64];
    int sp = 0;
    int pc = 0;
    int executed = 0;
#define NEXT do { executed++; goto *dispatch[code[pc++]]; } while (0)
    NEXT;
do_push:
    stack[sp++] = code[pc++];
    NEXT;
do_add:
    sp--; stack[sp - 1] += stack[sp];
    NEXT;
do_mul:
    sp--; stack[sp - 1] *= stack[sp];
    NEXT;
do_dup:
    stack[sp] = stack[sp - 1]; sp++;
    NEXT;
do_swap: {
    int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t;
    NEXT;
}
do_print:
    printf("top=%d\n", stack[sp - 1]);
    NEXT;
do_over:
    stack[sp] = stack[sp - 2]; sp++;
    NEXT;
do_pop:
    sp--;
    NEXT;
do_dec:
    stack[sp - 1]--;
    NEXT;
do_jnz: {
    int target = code[pc++];
    if (stack[sp - 1] != 0) pc = target;
    NEXT;
}
do_halt:
#undef NEXT
    return executed;
}

int main(void) {
    /* compute 2*3+4 */
    const int p1[] = {OP_PUSH, 2, OP_PUSH, 3, OP_MUL, OP_PUSH, 4, OP_ADD, OP_PRINT, OP_HALT};
    printf("executed %d\n", run(p1));
    /* sum 1..10 with stack [acc n]: swap over add swap dec jnz */
    const int p2[] = {
        OP_PUSH, 0, OP_PUSH, 10,
        /* 4: */ OP_SWAP, OP_OVER, OP_ADD, OP_SWAP, OP_DEC, OP_JNZ, 4,
        OP_POP, OP_PRINT,
        OP_PUSH, 3, OP_DUP, OP_MUL, OP_DUP, OP_MUL, OP_PRINT,
        OP_HALT,
    };
    printf("executed %d\n", run(p2));
    /* countdown loop */
    const int p3[] = {OP_PUSH, 5, /* 2: */ OP_PRINT, OP_DEC, OP_JNZ, 2, OP_PRINT, OP_HALT};
    printf("executed %d\n", run(p3));
    return 0;
}

/* EXPECT-STDOUT:
top=10
executed 7
top=55
top=81
executed 71
top=5
top=4
top=3
top=2
top=1
top=0
executed 18
*/
