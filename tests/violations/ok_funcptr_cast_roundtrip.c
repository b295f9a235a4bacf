// A function pointer converted to another function pointer type and back
// before the call (the call uses the function's real type: legal C).
#include <stdio.h>

typedef void (*generic_fn)(void);

static int triple(int x)
{
    return 3 * x;
}

static const char *hello(void)
{
    return "hello";
}

struct slot {
    generic_fn fn;
    int kind;
};

int main(void)
{
    struct slot slots[2] = {
        {(generic_fn)triple, 0},
        {(generic_fn)hello, 1},
    };
    for (int i = 0; i < 2; i++) {
        if (slots[i].kind == 0)
            printf("%d\n", ((int (*)(int))slots[i].fn)(14));
        else
            printf("%s\n", ((const char *(*)(void))slots[i].fn)());
    }
    return 0;
}
/* EXPECT-STDOUT:
42
hello
*/
