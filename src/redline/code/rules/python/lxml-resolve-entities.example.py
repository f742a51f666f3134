from lxml import etree


def parse(data):
    # ruleid: lxml-resolve-entities
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: lxml-resolve-entities
    loose = etree.XMLParser(no_network=False, load_dtd=True)
    # ok: lxml-resolve-entities
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: lxml-resolve-entities
    plain = etree.XMLParser(remove_blank_text=True)
    return etree.fromstring(data, parser), loose, strict, plain
