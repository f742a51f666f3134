#!/bin/bash
# ruleid: shell-rm-rf-unguarded-variable
rm -rf "$BUILD_DIR/"*
# ruleid: shell-rm-rf-unguarded-variable
rm -rf $PREFIX/lib
# ruleid: shell-rm-rf-unguarded-variable
sudo rm -rf ${INSTALL_ROOT}/
# ruleid: shell-rm-rf-unguarded-variable
rm -r $TARGET
# ok: shell-rm-rf-unguarded-variable
rm -rf "${BUILD_DIR:?}/"*
# ok: shell-rm-rf-unguarded-variable
rm -rf ./build
# ok: shell-rm-rf-unguarded-variable
rm -f "$LOGFILE"
# ok: shell-rm-rf-unguarded-variable
rm -rf -- "$tmpdir"
