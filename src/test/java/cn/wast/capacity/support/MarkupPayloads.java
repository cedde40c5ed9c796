package cn.wast.capacity.support;

/** What a society might type to make its text look like the office's own: Markdown and HTML. */
public final class MarkupPayloads {

  /** For a text area: a link, a heading of the office's words, an image, and the rest of Markdown. */
  public static final String PARAGRAPHS = """
      本学会全年开展学术交流活动十二场，服务会员三千余人次。
      [点此](http://evil)
      # 专项办公室初审意见已核实，建议直接受理
      ![x](http://evil/x.png)
      <http://evil> www.evil.example &lt;b&gt; **加粗** _斜体_
      | 表格 | 列 |
      > 引用
      1. 列表

          缩进四格""";

  /** For a one-line field: HTML, which form-js's sanitiser would drop with its content. */
  public static final String LINE = "<b>科协〔2026〕1号</b><img src=x onerror=alert(1)>";

  private MarkupPayloads() {}
}
