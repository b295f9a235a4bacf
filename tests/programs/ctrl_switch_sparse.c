#include <stdio.h>

static int sparse(long v) {
    switch (v) {
    case -1000000: return 1;
    case -7: return 2;
    case 0: return 3;
    case 3: return 4;
    case 1000: return 5;
    case 65536: return 6;
    case 1L << 40: return 7;
    case 0x7FFFFFFFFFFFFFFFL: return 8;
    default: return 0;
    }
}

static const char *http_status(int code) {
    switch (code) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default:
        switch (code / 100) {
        case 2: return "Success (other)";
        case 4: return "Client Error (other)";
        case 5: return "Server Error (other)";
        default: return "Unknown";
        }
    }
}

static unsigned dense(unsigned char c) {
    switch (c) {
    case 0: case 1: case 2: case 3: return c * 10u;
    case 4: return 99;
    case 5: case 6: return 7;
    case 250: return 250;
    case 255: return 1;
    default: return 1000u + c;
    }
}

int main(void) {
    long vals[] = {-1000000, -7, 0, 3, 1000, 65536, 1L << 40, 0x7FFFFFFFFFFFFFFFL, 42, -1};
    for (int i = 0; i < 10; i++) printf("%d", sparse(vals[i]));
    printf("\n");
    int codes[] = {200, 204, 299, 301, 404, 418, 500, 503, 599, 100, 0};
    for (int i = 0; i < 11; i++) printf("%d %s\n", codes[i], http_status(codes[i]));
    unsigned total = 0;
    for (int c = 0; c < 256; c++) total += dense((unsigned char)c);
    printf("dense total=%u\n", total);
    return 0;
}

/* EXPECT-STDOUT:
1234567800
200 OK
204 No Content
299 Success (other)
301 Moved Permanently
404 Not Found
418 Client Error (other)
500 Internal Server Error
503 Service Unavailable
599 Server Error (other)
100 Unknown
0 Unknown
dense total=279538
*/
