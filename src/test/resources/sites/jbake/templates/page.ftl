<#include "header.ftl">
<#include "menu.ftl">
<h1>${content.title}</h1>
${content.body}
<p>Last updated ${content.date?string("d MMM yyyy")}.</p>
<h2>Other pages</h2>
<ul><#list published_pages as p><li><a href="${content.rootpath}${p.uri}">${p.title}</a></li></#list></ul>
<#include "footer.ftl">
