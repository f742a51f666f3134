import xml.sax
from xml.sax.handler import feature_external_ges, feature_namespaces


def make():
    parser = xml.sax.make_parser()
    # ruleid: sax-external-entities
    parser.setFeature(feature_external_ges, True)
    # ruleid: sax-external-entities
    parser.setFeature(xml.sax.handler.feature_external_pes, True)
    # ok: sax-external-entities
    parser.setFeature(feature_external_ges, False)
    # ok: sax-external-entities
    parser.setFeature(feature_namespaces, True)
    return parser
