#include <memory>

struct Widget {};

void build() {
    // ruleid: auto-ptr
    std::auto_ptr<Widget> old_style(new Widget);
    // ok: auto-ptr
    std::unique_ptr<Widget> modern = std::make_unique<Widget>();
}
