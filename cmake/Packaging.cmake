# Installing Wirestep and packaging it as a .deb (cpack -G DEB, or ./dev.sh package).
# The programs' install() rules are in app/CMakeLists.txt; here are the desktop entry, its MIME
# types, the icon,
# the man pages, the documentation and the package itself.
include(GNUInstallDirs)

install(FILES ${CMAKE_SOURCE_DIR}/resources/wirestep.desktop DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications)
# The file types the desktop entry opens (its MimeType): scenario files, exercise packs and pcapng; Debian's
# triggers update the MIME and desktop databases when the package is installed.
install(FILES ${CMAKE_SOURCE_DIR}/resources/wirestep-mime.xml DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/mime/packages
        RENAME wirestep.xml)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/wirestep.svg
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps)

# The man pages, compressed as Debian does (-n: no name or time stamp, so the package is reproducible).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(WIRESTEP_MAN_PAGES)
foreach(page wirestep.1 wirestep-cli.1)
  set(gz ${CMAKE_BINARY_DIR}/man/${page}.gz)
  add_custom_command(OUTPUT ${gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${CMAKE_SOURCE_DIR}/docs/${page} > ${gz}
    DEPENDS ${CMAKE_SOURCE_DIR}/docs/${page}
    COMMENT "Compressing the man page ${page}")
  list(APPEND WIRESTEP_MAN_PAGES ${gz})
endforeach()
add_custom_target(wirestep_man ALL DEPENDS ${WIRESTEP_MAN_PAGES})
install(FILES ${WIRESTEP_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The documentation, where About links to it (<prefix>/share/doc/wirestep), with the license as
# Debian's copyright file.
set(WIRESTEP_DOC_DIR ${CMAKE_INSTALL_DATAROOTDIR}/doc/wirestep)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${WIRESTEP_DOC_DIR})
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${WIRESTEP_DOC_DIR} RENAME copyright)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${WIRESTEP_DOC_DIR}/docs
        FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
# The course's socket programs, where Debian keeps a package's examples; runnable as they are.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/examples/python/ DESTINATION ${WIRESTEP_DOC_DIR}/examples/python
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE
        FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
install(FILES ${CMAKE_SOURCE_DIR}/examples/python/README.md DESTINATION ${WIRESTEP_DOC_DIR}/examples/python)
# The sample exercise pack, as a folder a teacher can copy, hand out (zipped) and grade against:
# wirestep-cli grade /usr/share/wirestep/exercises/course RESULTS... (the window has it built in).
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/exercises/course/ DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/wirestep/exercises/course)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wirestep)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Wirestep authors")
set(CPACK_PACKAGE_CONTACT "The Wirestep authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "A desktop app in which students watch TCP and UDP work: a deterministic simulator drives an animated sequence diagram of the handshake, retransmission, the close, TIME_WAIT, keepalive and RST, in English and Simplified Chinese. wirestep-cli runs the same scenarios headless, as text, JSON Lines or pcap.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
# dpkg-shlibdeps (dpkg-dev) finds the libraries the programs link; these are what it cannot see:
# Qt's SVG icon engine and image plugin (the window icon), the xcb platform plugin, the fonts the
# app loads by file (DejaVu Sans and Sans Mono, Noto Sans CJK SC: ui/window/app_fonts.cpp) and Qt's own
# translations. libpcap and libarchive (exercise packs as .zip) are linked, and named too so that
# the dependencies are explicit.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, fonts-dejavu-core, fonts-noto-cjk, libpcap0.8, libarchive13 | libarchive13t64")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The course's programs (share/doc/wirestep/examples/python) and the lab sheets' captures.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3, tcpdump")
include(CPack)
