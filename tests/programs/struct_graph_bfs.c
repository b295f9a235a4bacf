#include <stdio.h>
#include <stdlib.h>

struct edge { int to; int weight; struct edge *next; };
struct graph { int n; struct edge **adj; };

static struct graph *graph_new(int n) {
    struct graph *g = malloc(sizeof *g);
    g->n = n;
    g->adj = calloc((size_t)n, sizeof *g->adj);
    return g;
}
static void add_edge(struct graph *g, int a, int b, int w) {
    struct edge *e = malloc(sizeof *e);
    e->to = b; e->weight = w; e->next = g->adj[a]; g->adj[a] = e;
    e = malloc(sizeof *e);
    e->to = a; e->weight = w; e->next = g->adj[b]; g->adj[b] = e;
}
static void bfs(const struct graph *g, int src, int *dist, int *parent) {
    int *queue = malloc(sizeof(int) * (size_t)g->n);
    int qh = 0, qt = 0;
    for (int i = 0; i < g->n; i++) { dist[i] = -1; parent[i] = -1; }
    dist[src] = 0;
    queue[qt++] = src;
    while (qh < qt) {
        int u = queue[qh++];
        for (struct edge *e = g->adj[u]; e; e = e->next)
            if (dist[e->to] < 0) { dist[e->to] = dist[u] + 1; parent[e->to] = u; queue[qt++] = e->to; }
    }
    free(queue);
}
static int components(const struct graph *g) {
    int *seen = calloc((size_t)g->n, sizeof(int));
    int *stack = malloc(sizeof(int) * (size_t)g->n * 2 + 1);
    int comps = 0;
    for (int s = 0; s < g->n; s++) {
        if (seen[s]) continue;
        comps++;
        int sp = 0;
        stack[sp++] = s; seen[s] = 1;
        while (sp) {
            int u = stack[--sp];
            for (struct edge *e = g->adj[u]; e; e = e->next)
                if (!seen[e->to]) { seen[e->to] = 1; stack[sp++] = e->to; }
        }
    }
    free(seen); free(stack);
    return comps;
}
static void graph_free(struct graph *g) {
    for (int i = 0; i < g->n; i++)
        for (struct edge *e = g->adj[i]; e;) { struct edge *n = e->next; free(e); e = n; }
    free(g->adj); free(g);
}

int main(void) {
    struct graph *g = graph_new(10);
    int edges[][3] = {{0, 1, 4}, {0, 2, 1}, {1, 3, 2}, {2, 3, 5}, {3, 4, 3}, {4, 5, 1}, {6, 7, 2}, {7, 8, 2}, {5, 1, 7}};
    for (unsigned i = 0; i < sizeof edges / sizeof edges[0]; i++) add_edge(g, edges[i][0], edges[i][1], edges[i][2]);
    int dist[10], parent[10];
    bfs(g, 0, dist, parent);
    for (int i = 0; i < 10; i++) printf("node %d dist=%d parent=%d\n", i, dist[i], parent[i]);
    printf("path to 5:");
    int path[10], len = 0;
    for (int v = 5; v >= 0; v = parent[v]) path[len++] = v;
    while (len) printf(" %d", path[--len]);
    printf("\ncomponents=%d\n", components(g));
    graph_free(g);
    return 0;
}

/* EXPECT-STDOUT:
node 0 dist=0 parent=-1
node 1 dist=1 parent=0
node 2 dist=1 parent=0
node 3 dist=2 parent=2
node 4 dist=3 parent=3
node 5 dist=2 parent=1
node 6 dist=-1 parent=-1
node 7 dist=-1 parent=-1
node 8 dist=-1 parent=-1
node 9 dist=-1 parent=-1
path to 5: 0 1 5
components=3
*/
