import xml.etree.ElementTree as ET

from lxml import etree


def login(xml_data, name, password):
    root = etree.fromstring(xml_data)
    query = f"//user[name='{name}' and password='{password}']"
    # ruleid: py-xpath-injection
    users = root.xpath(query)
    # ok: py-xpath-injection
    same = root.xpath("//user[name=$name and password=$password]", name=name, password=password)
    return users, same


def find_book(tree: ET.ElementTree, title):
    # ruleid: py-xpath-injection
    book = tree.getroot().find(".//book[@title='" + title + "']")
    # ok: py-xpath-injection
    books = tree.getroot().findall(".//book")
    # ok: py-xpath-injection
    position = title.find("x")
    return book, books, position


def search_users(request, tree):
    name = request.GET.get("name")
    # ruleid: py-xpath-injection
    finder = etree.XPath("//user[@name='" + name + "']")
    evaluator = etree.XPathEvaluator(tree)
    # ruleid: py-xpath-injection
    found = evaluator(f"//user[@name='{name}']")
    # ok: py-xpath-injection
    safe = evaluator("//user[@name=$name]", name=name)
    return finder(tree), found, safe
