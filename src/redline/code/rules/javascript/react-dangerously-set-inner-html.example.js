import DOMPurify from "dompurify";

export function Post({ post }) {
  return (
    <article>
      {/* ruleid: react-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: post.body }} />
      {/* ruleid: react-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={post.markup} />
      {/* ok: react-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.body) }} />
      {/* ok: react-dangerously-set-inner-html */}
      <div dangerouslySetInnerHTML={{ __html: "<hr/>" }} />
      {/* ok: react-dangerously-set-inner-html */}
      <div>{post.body}</div>
    </article>
  );
}
