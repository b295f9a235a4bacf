#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define VERSION_MAJOR 2
#define VERSION_MINOR 14
#define VERSION XSTR(VERSION_MAJOR) "." XSTR(VERSION_MINOR)
#define MAKE_GETTER(type, field) static type get_##field(const struct obj *o) { return o->field; }
#define UNIQUE(prefix) XCAT(prefix, __LINE__)
#define SHOW(expr) printf("%-22s = %d\n", #expr, (expr))
#define DEBUG_VAR(fmt, v) printf(#v " = " fmt "\n", v)

struct obj { int width; double ratio; const char *label; };
MAKE_GETTER(int, width)
MAKE_GETTER(double, ratio)
MAKE_GETTER(const char *, label)

int main(void) {
    printf("STR(hello world)=%s\n", STR(hello world));
    printf("STR(VERSION_MAJOR)=%s XSTR(VERSION_MAJOR)=%s\n", STR(VERSION_MAJOR), XSTR(VERSION_MAJOR));
    printf("VERSION=%s\n", VERSION);
    printf("STR with quotes: %s\n", STR("quoted" and 'c'));
    int CAT(var, 1) = 10, CAT(var, 2) = 20;
    printf("var1+var2=%d\n", var1 + var2);
    int XCAT(v, VERSION_MAJOR) = 99;
    printf("v2=%d\n", v2);
    struct obj o = {640, 1.5, "screen"};
    printf("getters: %d %g %s\n", get_width(&o), get_ratio(&o), get_label(&o));
    int UNIQUE(tmp_) = 5; printf("unique=%d\n", UNIQUE(tmp_));
    SHOW(1 + 2 * 3);
    SHOW((1 + 2) * 3);
    SHOW(sizeof(struct obj) > 8);
    double pi = 3.14159;
    DEBUG_VAR("%.3f", pi);
    DEBUG_VAR("%d", o.width);
    printf("%s\n", STR(a  +   b));
    printf("%d\n", CAT(0x, 1F));
    return 0;
}

/* EXPECT-STDOUT:
STR(hello world)=hello world
STR(VERSION_MAJOR)=VERSION_MAJOR XSTR(VERSION_MAJOR)=2
VERSION=2.14
STR with quotes: "quoted" and 'c'
var1+var2=30
v2=99
getters: 640 1.5 screen
unique=5
1 + 2 * 3              = 7
(1 + 2) * 3            = 9
sizeof(struct obj) > 8 = 1
pi = 3.142
o.width = 640
a + b
31
*/
