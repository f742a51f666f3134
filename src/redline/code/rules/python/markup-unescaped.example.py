from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import request
from markupsafe import Markup


def comment_html():
    comment = request.form["comment"]
    # ruleid: markup-unescaped
    html = Markup(f"<b>{comment}</b>")
    # ruleid: markup-unescaped
    other = mark_safe("<i>" + comment + "</i>")
    # ok: markup-unescaped
    safe = Markup("<b>{}</b>").format(comment)
    # ok: markup-unescaped
    also = format_html("<i>{}</i>", comment)
    # ok: markup-unescaped
    icon = mark_safe("<span class='icon'></span>")
    return html, other, safe, also, icon
