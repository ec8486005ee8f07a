// Umbrella header for the parts of the system libxml2 that OnRecordHTML uses.
// The include path (-I/usr/include/libxml2) comes from pkg-config's libxml-2.0.
#ifndef ONRECORD_CLIBXML2_SHIM_H
#define ONRECORD_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, so its encoding header pulls in the system's <unicode/*.h>.
// Foundation on Linux ships its own, newer copy of those ICU headers; a Swift module that sees both
// fails with "UErrorCode ... is not present in definition". We never touch libxml2's ICU converter
// fields (they sit at the end of xmlCharEncodingHandler and we only use pointers to it), so hide ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

#endif
