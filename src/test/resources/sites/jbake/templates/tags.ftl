<#include "header.ftl">
<#include "menu.ftl">
<h1>Topic: ${tag}</h1>
<ul>
<#list tag_posts as post><li><a href="${content.rootpath}${post.uri}">${post.title}</a>, ${post.date?string("d MMMM yyyy")}</li></#list>
</ul>
<p>${tagged_documents?size} documents in all; ${db.getPublishedPostsByTag(tag)?size} posts by the database.</p>
<#include "footer.ftl">
