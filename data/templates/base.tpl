{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The page frame around every page body: head, skip link, header with the main navigation and the language switch, main, footer. Values: see src/tori/web/page.cpp. }}
<!doctype html>
<html lang="[[@lang]]">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} – [[site.name]]</title>
<meta name="description" content="{{DESCRIPTION}}">
{{#NOINDEX}}<meta name="robots" content="noindex">
{{/NOINDEX}}
{{#HAS_ADDRESS}}<link rel="canonical" href="{{CANONICAL}}">
<link rel="alternate" hreflang="fi" href="{{ALT_FI}}">
<link rel="alternate" hreflang="sv" href="{{ALT_SV}}">
<link rel="alternate" hreflang="en" href="{{ALT_EN}}">
<link rel="alternate" hreflang="x-default" href="{{ALT_FI}}">
{{/HAS_ADDRESS}}
<link rel="stylesheet" href="{{STYLESHEET}}">
<link rel="icon" href="{{FAVICON}}" type="image/svg+xml">
{{! Optional: a page's own head tags (Open Graph…), an include the handler sets; absent, nothing. }}
{{>HEAD_EXTRA}}
</head>
<body>
<a class="skip-link" href="#main">[[frame.skip]]</a>
<header class="site-header">
<div class="site-header__top">
<a class="site-name" href="[[@home]]" lang="fi"{{#HOME_CURRENT}} aria-current="page"{{/HOME_CURRENT}}>[[site.name]]</a>
<nav class="language-switch" aria-label="[[frame.languages]]">
<ul>
<li><a href="{{URL_FI}}" hreflang="fi" lang="fi"{{#CURRENT_FI}} aria-current="true"{{/CURRENT_FI}}>Suomi</a></li>
<li><a href="{{URL_SV}}" hreflang="sv" lang="sv"{{#CURRENT_SV}} aria-current="true"{{/CURRENT_SV}}>Svenska</a></li>
<li><a href="{{URL_EN}}" hreflang="en" lang="en"{{#CURRENT_EN}} aria-current="true"{{/CURRENT_EN}}>English</a></li>
</ul>
</nav>
<a class="account-link" href="[[@prefix]]/omat-tiedot">[[frame.account]]</a>
</div>
<nav class="main-nav" aria-label="[[nav.label]]">
{{! Only sections that exist: news joins as its issue lands. }}
<ul>
<li><a href="[[@prefix]]/teot"{{#NAV_PRACTICES}} aria-current="{{NAV_CURRENT}}"{{/NAV_PRACTICES}}>[[nav.practices]]</a></li>
<li><a href="[[@prefix]]/haku"{{#NAV_SEARCH}} aria-current="{{NAV_CURRENT}}"{{/NAV_SEARCH}}>[[nav.search]]</a></li>
<li><a href="[[@prefix]]/tapahtumat"{{#NAV_EVENTS}} aria-current="{{NAV_CURRENT}}"{{/NAV_EVENTS}}>[[nav.events]]</a></li>
<li><a href="[[@prefix]]/uutiset"{{#NAV_NEWS}} aria-current="{{NAV_CURRENT}}"{{/NAV_NEWS}}>[[nav.news]]</a></li>
<li><a href="[[@prefix]]/verkostot"{{#NAV_NETWORKS}} aria-current="{{NAV_CURRENT}}"{{/NAV_NETWORKS}}>[[nav.networks]]</a></li>
<li><a href="[[@prefix]]/organisaatiot"{{#NAV_ORGANISATIONS}} aria-current="{{NAV_ORGANISATIONS_CURRENT}}"{{/NAV_ORGANISATIONS}}>[[nav.organisations]]</a></li>
<li><a href="[[@prefix]]/tietoa"{{#NAV_ABOUT}} aria-current="{{NAV_CURRENT}}"{{/NAV_ABOUT}}>[[nav.about]]</a></li>
{{#NAV_PAGE}}<li><a href="{{URL}}"{{#NAV_PAGE_FINNISH}} lang="fi"{{/NAV_PAGE_FINNISH}}{{#NAV_PAGE_CURRENT}} aria-current="page"{{/NAV_PAGE_CURRENT}}>{{LABEL}}</a></li>
{{/NAV_PAGE}}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
{{>CONTENT}}
</main>
<footer class="site-footer">
<div class="site-footer__columns">
<div>
<h2 lang="fi">[[site.name]]</h2>
<p>[[footer.about]]</p>
</div>
<div>
<h2>[[footer.contact_heading]]</h2>
<p>[[footer.organisation]]<br>[[footer.address]]</p>
{{! The programme's address is a link, never page text (DESIGN §7). }}
<p><a href="mailto:tori@example.fi">[[footer.contact_link]]</a></p>
</div>
<div>
<h2>[[footer.site_heading]]</h2>
<ul>
<li><a href="[[@prefix]]/saavutettavuus">[[footer.accessibility]]</a></li>
<li><a href="[[@prefix]]/tietosuoja">[[footer.privacy]]</a></li>
<li><a href="[[@prefix]]/tietoa">[[footer.about_link]]</a></li>
<li><a href="[[@prefix]]/tilastot">[[stats.footer_link]]</a></li>
<li><a href="[[@prefix]]/rajapinta">[[apidoc.footer_link]]</a></li>
<li><a href="[[@prefix]]/alueet">[[footer.regions]]</a></li>
</ul>
</div>
<div>
<h2>[[footer.follow_heading]]</h2>
{{! Placeholders on example.fi until the programme's own accounts are configured. }}
<ul>
<li><a href="https://www.example.fi/tori/linkedin">LinkedIn</a></li>
<li><a href="https://www.example.fi/tori/youtube">YouTube</a></li>
<li><a href="https://www.example.fi/tori/facebook">Facebook</a></li>
</ul>
</div>
</div>
</footer>
{{! The newsletter pop-up on public pages (newsletter_popup.tpl; absent on forms, account and editor pages). }}
{{>NEWSLETTER_POPUP}}
</body>
</html>
