{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! A practice page's extra head tags (base.tpl's HEAD_EXTRA): Open Graph, the Twitter card, schema.org JSON-LD and the copy-link script. Values: src/tori/web/practice_view.cpp. }}
<meta property="og:type" content="article">
<meta property="og:site_name" content="[[site.name]]">
<meta property="og:title" content="{{TITLE}}">
<meta property="og:description" content="{{DESCRIPTION}}">
<meta property="og:url" content="{{URL}}">
<meta property="og:locale" content="{{LOCALE}}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{{TITLE}}">
<meta name="twitter:description" content="{{DESCRIPTION}}">
<script src="{{COPY_SCRIPT}}" defer></script>
{{! Built and escaped by practice_view.cpp (json_ld: '<', '>' and '&' as \u escapes). }}
<script type="application/ld+json">{{JSON_LD:none}}</script>
