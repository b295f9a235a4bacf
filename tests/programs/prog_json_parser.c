#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/* JSON parser into a tree (objects, arrays, strings with escapes, numbers,
   true/false/null), pretty printer, path lookup and error reporting. */

enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };
struct jval {
    enum jtype type;
    double num;
    int boolean;
    char *str;                 /* J_STR value */
    struct jval **items;       /* J_ARR / J_OBJ children */
    char **keys;               /* J_OBJ keys */
    int n;
};
struct jp { const char *s; int pos; const char *err; };

static struct jval *jnew(enum jtype t) { struct jval *v = calloc(1, sizeof *v); v->type = t; return v; }
static void jfree(struct jval *v) {
    if (!v) return;
    for (int i = 0; i < v->n; i++) { jfree(v->items[i]); if (v->keys) free(v->keys[i]); }
    free(v->items); free(v->keys); free(v->str); free(v);
}
static void ws(struct jp *p) { while (isspace((unsigned char)p->s[p->pos])) p->pos++; }
static struct jval *parse_value(struct jp *p);

static char *parse_string(struct jp *p) {
    if (p->s[p->pos] != '"') { p->err = "expected string"; return NULL; }
    p->pos++;
    size_t cap = 16, len = 0;
    char *out = malloc(cap);
    for (;;) {
        char c = p->s[p->pos++];
        if (c == '\0') { p->err = "unterminated string"; free(out); return NULL; }
        if (c == '"') break;
        if (c == '\\') {
            char e = p->s[p->pos++];
            switch (e) {
            case 'n': c = '\n'; break; case 't': c = '\t'; break; case '"': c = '"'; break;
            case '\\': c = '\\'; break; case '/': c = '/'; break;
            case 'u': {
                unsigned code = 0;
                for (int i = 0; i < 4; i++) {
                    char h = p->s[p->pos++];
                    if (!isxdigit((unsigned char)h)) { p->err = "bad \\u escape"; free(out); return NULL; }
                    code = code * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
                }
                c = code < 128 ? (char)code : '?';
                break;
            }
            default: p->err = "bad escape"; free(out); return NULL;
            }
        }
        if (len + 2 > cap) { cap *= 2; out = realloc(out, cap); }
        out[len++] = c;
    }
    out[len] = '\0';
    return out;
}
static void push(struct jval *v, struct jval *child, char *key) {
    v->items = realloc(v->items, (size_t)(v->n + 1) * sizeof *v->items);
    if (v->type == J_OBJ) { v->keys = realloc(v->keys, (size_t)(v->n + 1) * sizeof *v->keys); v->keys[v->n] = key; }
    v->items[v->n++] = child;
}
static struct jval *parse_container(struct jp *p, int obj) {
    struct jval *v = jnew(obj ? J_OBJ : J_ARR);
    p->pos++;
    ws(p);
    char close = obj ? '}' : ']';
    if (p->s[p->pos] == close) { p->pos++; return v; }
    for (;;) {
        ws(p);
        char *key = NULL;
        if (obj) {
            key = parse_string(p);
            if (!key) { jfree(v); return NULL; }
            ws(p);
            if (p->s[p->pos] != ':') { p->err = "expected ':'"; free(key); jfree(v); return NULL; }
            p->pos++;
        }
        struct jval *child = parse_value(p);
        if (!child) { free(key); jfree(v); return NULL; }
        push(v, child, key);
        ws(p);
        if (p->s[p->pos] == ',') { p->pos++; continue; }
        if (p->s[p->pos] == close) { p->pos++; return v; }
        p->err = obj ? "expected ',' or '}'" : "expected ',' or ']'";
        jfree(v);
        return NULL;
    }
}
static struct jval *parse_value(struct jp *p) {
    ws(p);
    const char *s = p->s + p->pos;
    if (*s == '{' || *s == '[') return parse_container(p, *s == '{');
    if (*s == '"') { char *str = parse_string(p); if (!str) return NULL; struct jval *v = jnew(J_STR); v->str = str; return v; }
    if (!strncmp(s, "true", 4) || !strncmp(s, "false", 5)) {
        struct jval *v = jnew(J_BOOL); v->boolean = *s == 't'; p->pos += v->boolean ? 4 : 5; return v;
    }
    if (!strncmp(s, "null", 4)) { p->pos += 4; return jnew(J_NULL); }
    if (*s == '-' || isdigit((unsigned char)*s)) {
        char *end;
        double d = strtod(s, &end);
        struct jval *v = jnew(J_NUM); v->num = d; p->pos += (int)(end - s); return v;
    }
    p->err = "unexpected character";
    return NULL;
}
static void print(const struct jval *v, int indent) {
    switch (v->type) {
    case J_NULL: printf("null"); break;
    case J_BOOL: printf(v->boolean ? "true" : "false"); break;
    case J_NUM: printf("%g", v->num); break;
    case J_STR: printf("\"%s\"", v->str); break;
    case J_ARR: case J_OBJ:
        printf(v->type == J_OBJ ? "{" : "[");
        for (int i = 0; i < v->n; i++) {
            printf("\n%*s", indent + 2, "");
            if (v->type == J_OBJ) printf("\"%s\": ", v->keys[i]);
            print(v->items[i], indent + 2);
            if (i + 1 < v->n) printf(",");
        }
        if (v->n) printf("\n%*s", indent, "");
        printf(v->type == J_OBJ ? "}" : "]");
    }
}
static const struct jval *get(const struct jval *v, const char *path) {
    char seg[32];
    while (v && *path) {
        int n = 0;
        while (*path && *path != '.' && n < 31) seg[n++] = *path++;
        seg[n] = '\0';
        if (*path == '.') path++;
        const struct jval *next = NULL;
        if (v->type == J_OBJ) { for (int i = 0; i < v->n; i++) if (!strcmp(v->keys[i], seg)) next = v->items[i]; }
        else if (v->type == J_ARR) { int idx = atoi(seg); if (idx >= 0 && idx < v->n) next = v->items[idx]; }
        v = next;
    }
    return v;
}

int main(void) {
    const char *doc = "{\"name\": \"safec\", \"version\": 1.5, \"tags\": [\"c\", \"safe\", \"gnu\"],"
                      " \"nested\": {\"ok\": true, \"none\": null, \"list\": [1, -2.5e2, {\"deep\": \"x\\ty\\u0041\"}]},"
                      " \"empty\": {}, \"arr\": []}";
    struct jp p = {doc, 0, NULL};
    struct jval *root = parse_value(&p);
    if (!root) { printf("error: %s at %d\n", p.err, p.pos); return 1; }
    print(root, 0);
    printf("\n");
    const char *paths[] = {"name", "tags.1", "nested.list.1", "nested.list.2.deep", "nested.ok", "missing", "tags.7"};
    for (int i = 0; i < 7; i++) {
        const struct jval *v = get(root, paths[i]);
        printf("%-20s => ", paths[i]);
        if (v) print(v, 0); else printf("(not found)");
        printf("\n");
    }
    jfree(root);
    const char *bad[] = {"[1, 2", "{\"a\" 1}", "[\"unterminated]", "{\"k\": tru}", "[1,]", "\"bad \\q escape\""};
    for (int i = 0; i < 6; i++) {
        struct jp q = {bad[i], 0, NULL};
        struct jval *v = parse_value(&q);
        printf("bad %d: %s (pos %d)\n", i, v ? "parsed?!" : q.err, q.pos);
        jfree(v);
    }
    return 0;
}

/* EXPECT-STDOUT:
{
  "name": "safec",
  "version": 1.5,
  "tags": [
    "c",
    "safe",
    "gnu"
  ],
  "nested": {
    "ok": true,
    "none": null,
    "list": [
      1,
      -250,
      {
        "deep": "x	yA"
      }
    ]
  },
  "empty": {},
  "arr": []
}
name                 => "safec"
tags.1               => "safe"
nested.list.1        => -250
nested.list.2.deep   => "x	yA"
nested.ok            => true
missing              => (not found)
tags.7               => (not found)
bad 0: expected ',' or ']' (pos 5)
bad 1: expected ':' (pos 5)
bad 2: unterminated string (pos 16)
bad 3: unexpected character (pos 6)
bad 4: unexpected character (pos 3)
bad 5: bad escape (pos 7)
*/
