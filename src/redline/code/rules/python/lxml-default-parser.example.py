from lxml import etree


def load(path):
    # ruleid: lxml-default-parser
    parser = etree.XMLParser(remove_blank_text=True)
    # ruleid: lxml-default-parser
    plain = etree.XMLParser()
    # ok: lxml-default-parser
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: lxml-default-parser
    tree = etree.parse(path, strict)
    return tree, parser, plain
