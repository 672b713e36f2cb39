{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! An event page's extra head tags (base.tpl's HEAD_EXTRA): schema.org Event JSON-LD. Values: src/tori/web/event_page.cpp. }}
{{! Built and escaped by event_page.cpp (script_safe_json: '<', '>', '&' and '@' as \u escapes). }}
<script type="application/ld+json">{{JSON_LD:none}}</script>
