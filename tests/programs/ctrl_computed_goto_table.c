#include <stdio.h>

static int state_machine(const char *input) {
    /* recognizes signed decimal integers with optional fraction */
    void *states[] = { &&start, &&sign, &&intpart, &&dot, &&frac };
    void *cur = states[0];
    const char *p = input;
    int transitions = 0;
    char c;
    goto *cur;
start:
    c = *p++;
    transitions++;
    if (c == '+' || c == '-') goto *states[1];
    if (c >= '0' && c <= '9') goto *states[2];
    return -transitions;
sign:
    c = *p++;
    transitions++;
    if (c >= '0' && c <= '9') goto *states[2];
    return -transitions;
intpart:
    c = *p++;
    transitions++;
    if (c >= '0' && c <= '9') goto intpart;
    if (c == '.') goto *states[3];
    if (c == '\0') return transitions;
    return -transitions;
dot:
    c = *p++;
    transitions++;
    if (c >= '0' && c <= '9') goto *states[4];
    return -transitions;
frac:
    c = *p++;
    transitions++;
    if (c >= '0' && c <= '9') goto frac;
    if (c == '\0') return transitions;
    return -transitions;
}

int main(void) {
    const char *tests[] = {"123", "-45", "+7.25", "3.", "abc", "12a", "-", "0.001", ""};
    for (unsigned i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        int r = state_machine(tests[i]);
        printf("'%s' -> %s (%d)\n", tests[i], r > 0 ? "valid" : "invalid", r < 0 ? -r : r);
    }
    /* jump into a chain of labels through a table of label addresses */
    static void *const entry[] = { &&l0, &&l1, &&l2 };
    int acc = 0;
    for (int i = 0; i < 3; i++) {
        void *target = entry[i];
        goto *target;
    l0:
        acc += 1;
    l1:
        acc += 10;
    l2:
        acc += 100;
    }
    printf("acc=%d\n", acc);
    return 0;
}

/* EXPECT-STDOUT:
'123' -> valid (4)
'-45' -> valid (4)
'+7.25' -> valid (6)
'3.' -> invalid (3)
'abc' -> invalid (1)
'12a' -> invalid (3)
'-' -> invalid (2)
'0.001' -> valid (6)
'' -> invalid (1)
acc=321
*/
