{{%AUTOESCAPE context="HTML"}}
{{! SPDX-License-Identifier: AGPL-3.0-or-later }}
{{! The API's human page (/rajapinta): conventions, then every operation of the OpenAPI document with its parameters. Values: src/tori/web/api_page.cpp. }}
<article class="prose api-docs">
<h1>[[apidoc.title]]</h1>
<p class="lead">[[apidoc.lead]]</p>
<h2>[[apidoc.conventions.heading]]</h2>
<ul>
<li>[[apidoc.conventions.base]] <code>{{BASE}}</code></li>
<li>[[apidoc.conventions.json]]</li>
<li>[[apidoc.conventions.filters]]</li>
<li>[[apidoc.conventions.cache]]</li>
<li>[[apidoc.conventions.errors]]</li>
<li>[[apidoc.conventions.licence]]</li>
</ul>
<p>[[apidoc.example]]</p>
<pre><code>curl '{{EXAMPLE}}'</code></pre>
<p><a href="/api/v1/openapi.json">[[apidoc.openapi_link]]</a></p>
<h2>[[apidoc.endpoints.heading]]</h2>
<p>[[apidoc.endpoints.language]]</p>
{{#ENDPOINT}}<section class="api-docs__endpoint">
<h3><code>{{METHOD}} {{PATH}}</code></h3>
<p lang="en">{{SUMMARY}}</p>
{{#NO_PARAMETERS}}<p>[[apidoc.no_parameters]]</p>
{{/NO_PARAMETERS}}{{#PARAMETERS}}<table class="api-docs__parameters">
<caption><code>{{METHOD}} {{PATH}}</code>: [[apidoc.parameters]]</caption>
<thead>
<tr><th scope="col">[[apidoc.parameter.name]]</th><th scope="col">[[apidoc.parameter.in]]</th><th scope="col">[[apidoc.parameter.values]]</th><th scope="col">[[apidoc.parameter.description]]</th></tr>
</thead>
<tbody>
{{#PARAMETER}}<tr><th scope="row"><code>{{NAME}}</code>{{#REQUIRED}} ([[apidoc.parameter.required]]){{/REQUIRED}}</th><td>{{IN}}</td><td lang="en">{{VALUES}}</td><td lang="en">{{DESCRIPTION}}</td></tr>
{{/PARAMETER}}</tbody>
</table>
{{/PARAMETERS}}</section>
{{/ENDPOINT}}</article>
