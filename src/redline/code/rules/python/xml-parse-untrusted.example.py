import xml.etree.ElementTree as ET
from xml.dom import minidom

import defusedxml.ElementTree as SafeET
from flask import request
from lxml import etree


def upload():
    # ruleid: xml-parse-untrusted
    root = ET.fromstring(request.data)
    # ruleid: xml-parse-untrusted
    doc = minidom.parseString(request.get_data())
    # ruleid: xml-parse-untrusted
    tree = etree.fromstring(request.files["file"].read())
    # ok: xml-parse-untrusted
    safe = SafeET.fromstring(request.data)
    # ok: xml-parse-untrusted
    hardened = etree.fromstring(request.data, etree.XMLParser(resolve_entities=False))
    # ok: xml-parse-untrusted
    config = ET.parse("config.xml")
    return root, doc, tree, safe, hardened, config
