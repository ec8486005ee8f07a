// Umbrella header for the parts of the system libxml2 that OnRecordHTML uses.
// The include path (-I/usr/include/libxml2) comes from pkg-config's libxml-2.0.
#ifndef ONRECORD_CLIBXML2_SHIM_H
#define ONRECORD_CLIBXML2_SHIM_H

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>

#endif
