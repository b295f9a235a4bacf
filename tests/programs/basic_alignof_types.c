#include <stdio.h>
#include <stdalign.h>
#include <stddef.h>

struct a { char c; };
struct b { char c; long l; };
struct c { short s; char c; };
struct d { char c; _Alignas(16) int x; };
union e { char c[5]; int i; };

int main(void) {
    printf("char=%zu short=%zu int=%zu long=%zu llong=%zu\n",
           _Alignof(char), _Alignof(short), _Alignof(int), _Alignof(long), _Alignof(long long));
    printf("float=%zu double=%zu ldouble=%zu ptr=%zu\n",
           alignof(float), alignof(double), alignof(long double), alignof(void *));
    printf("struct a=%zu b=%zu c=%zu d=%zu union e=%zu\n",
           alignof(struct a), alignof(struct b), alignof(struct c), alignof(struct d), alignof(union e));
    printf("sizes a=%zu b=%zu c=%zu d=%zu e=%zu\n",
           sizeof(struct a), sizeof(struct b), sizeof(struct c), sizeof(struct d), sizeof(union e));
    printf("offsetof(d,x)=%zu\n", offsetof(struct d, x));
    printf("max_align_t=%zu\n", alignof(max_align_t));
    printf("int[10]=%zu\n", alignof(int[10]));
    _Alignas(32) char buf[10];
    buf[0] = 1;
    printf("buf aligned 32: %d\n", (int)(((unsigned long)(void *)buf) % 32 == 0));
    return 0;
}

/* EXPECT-STDOUT:
char=1 short=2 int=4 long=8 llong=8
float=4 double=8 ldouble=16 ptr=8
struct a=1 b=8 c=2 d=16 union e=4
sizes a=1 b=16 c=4 d=32 e=8
offsetof(d,x)=16
max_align_t=16
int[10]=4
buf aligned 32: 1
*/
