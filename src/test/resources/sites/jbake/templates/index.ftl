<#include "header.ftl">
<#include "menu.ftl">
<h1>Latest advice</h1>
<p>Page ${currentPageNumber} of ${numberOfPages}.</p>
<#list published_posts as post>
<article>
<h2><a href="${content.rootpath}${post.uri}">${post.title}</a></h2>
<p>${post.date?string("dd MMMM yyyy")}</p>
${post.body}
</article>
</#list>
<p><#if previousFileName??><a href="${content.rootpath}${previousFileName}">Newer</a></#if>
<#if nextFileName??><a href="${content.rootpath}${nextFileName}">Older</a></#if></p>
<p>All posts, drafts included: <#list posts as p>${p.title} (${p.status})<#if p_has_next>; </#if></#list></p>
<#include "footer.ftl">
