#include <string.h>

int handle_packet(const unsigned char *packet, size_t packet_len) {
    unsigned char buf[256];
    unsigned char header[8];
    // ruleid: memcpy-into-stack-buffer
    memcpy(buf, packet, packet_len);
    // ok: memcpy-into-stack-buffer
    memcpy(header, packet, sizeof header);
    // ok: memcpy-into-stack-buffer
    memcpy(header, packet, 8);
    if (packet_len <= sizeof buf) {
        // checked first: still reported, so that the check is reviewed
        // ruleid: memcpy-into-stack-buffer
        memcpy(buf, packet, packet_len);
    }
    unsigned char *heap = malloc(packet_len);
    // ok: memcpy-into-stack-buffer
    memcpy(heap, packet, packet_len);
    return buf[0] + header[0];
}
