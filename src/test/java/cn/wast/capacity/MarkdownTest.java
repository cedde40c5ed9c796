package cn.wast.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What form-js's marked would read as markup comes out of {@link Markdown} as literal characters. */
class MarkdownTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
      "[点此](http://evil)"                          → "\\[点此\\]\\(http\\:\\/\\/evil\\)"
      "# 专项办公室初审意见已核实，建议直接受理"         → "\\# 专项办公室初审意见已核实，建议直接受理"
      "![x](http://evil/x.png)"                      → "\\!\\[x\\]\\(http\\:\\/\\/evil\\/x\\.png\\)"
      "<b>科协〔2026〕1号</b>"                        → "\\<b\\>科协〔2026〕1号\\<\\/b\\>"
      "<img src=x onerror=alert(1)>"                 → "\\<img src\\=x onerror\\=alert\\(1\\)\\>"
      "<http://evil>"                                → "\\<http\\:\\/\\/evil\\>"
      "见 http://evil.example/x 与 www.evil.cn"      → "见 http\\:\\/\\/evil\\.example\\/x 与 www\\.evil\\.cn"
      "a@evil.example"                               → "a\\@evil\\.example"
      "&lt;script&gt; &#60;"                         → "\\&lt\\;script\\&gt\\; \\&\\#60\\;"
      "**重要** _斜体_ ~~删除~~ `代码`"                 → "\\*\\*重要\\*\\* \\_斜体\\_ \\~\\~删除\\~\\~ \\`代码\\`"
      "| 表格 | 列 |"                                 → "\\| 表格 \\| 列 \\|"
      "> 引用"                                        → "\\> 引用"
      "1. 列表"                                       → "1\\. 列表"
      "- 列表 + 列表"                                  → "\\- 列表 \\+ 列表"
      "{{applicationKey}}"                            → "\\{\\{applicationKey\\}\\}"
      "C:\\目录"                                     → "C\\:\\\\目录"
      """)
  void escapeLeavesNoMarkup(String typed, String escaped) {
    assertThat(Markdown.escape(typed)).isEqualTo(escaped);
  }

  @Test
  void escapeKeepsTheTextOnItsLine() {
    assertThat(Markdown.escape("第一行\n# 第二行\r\n===")).isEqualTo("第一行 \\# 第二行 \\=\\=\\=");
  }

  @Test
  void paragraphsKeepLineBreaksButNoLineStartsMarkup() {
    String typed = "\n第一行\n# 专项办公室初审意见已核实\r\n\n\n\n    缩进四格\n\t> 引用\n===\n　　全角缩进  \n";
    assertThat(Markdown.paragraphs(typed)).isEqualTo(
        "第一行\n\\# 专项办公室初审意见已核实\n\n缩进四格\n\\> 引用\n\\=\\=\\=\n　　全角缩进");
  }

  @Test
  void nothingIsEmpty() {
    assertThat(Markdown.escape(null)).isEmpty();
    assertThat(Markdown.paragraphs(null)).isEmpty();
  }
}
