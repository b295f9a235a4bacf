// ASAN: detects (UBSan: member access within null pointer of type 'struct device')  [gcc 12 -fsanitize=address,undefined, default options]
// Near-NULL: reads a field of a NULL struct pointer (address = field offset).
#include <stdio.h>

struct device {
    char name[32];
    int irq;
};

static struct device *probe(int id)
{
    (void)id;
    return NULL;
}

int main(void)
{
    struct device *d = probe(3);
    printf("start\n");
    int irq = d->irq; // VIOLATION: null-dereference
    printf("NOT-REACHED\n");
    printf("%d\n", irq);
    return 0;
}
/* EXPECT-STDOUT:
start
*/
