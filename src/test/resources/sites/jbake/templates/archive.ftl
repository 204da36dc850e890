<#include "header.ftl">
<#include "menu.ftl">
<h1>Archive</h1>
<#list published_posts as post>
<#if !(month??) || post.date?string("MMMM yyyy") != month>
<#if month??></ul></#if>
<h2>${post.date?string("MMMM yyyy")}</h2>
<ul>
</#if>
<li>${post.date?string("dd")}: <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
<#assign month = post.date?string("MMMM yyyy")>
</#list>
<#if month??></ul></#if>
<h2>Topics</h2>
<ul><#list tags as tag><li><a href="${content.rootpath}${tag.uri}">${tag.name}</a>: ${tag.tagged_posts?size} posts, ${tag.tagged_documents?size} documents</li></#list></ul>
<#include "footer.ftl">
