package org.legalaid.web.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.legalaid.reporting.Publication;
import org.legalaid.reporting.SmallCounts;
import org.legalaid.reporting.boundary.DisclosureService;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public page 援务公开 (LAL art. 58; issue 17) at {@code /public/disclosure}: the bureau's published
 * figures per period, for anyone, without signing in. A plain servlet rather than a Faces view, so
 * that no session is ever created (a Faces view keeps its state in one): it never asks for a session,
 * answers with {@code Cache-Control: public} and an entity tag that changes only when a period is
 * published (a conditional request is answered 304), and is one small page of Chinese text that fits a
 * phone. Counts below the small-count threshold are shown as "&lt;5"; amounts of money (the subsidies
 * paid by fund source) in yuan, never suppressed. LAL art. 58 names fund use, case handling and quality:
 * each has its section, beside duty-lawyer service and complaints handled (issue 17).
 */
@WebServlet("/public/disclosure")
public class DisclosureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient DisclosureService disclosure;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Publication> all = disclosure.findPublished();
        SmallCounts rule = disclosure.smallCounts();
        String etag = DisclosureTexts.etag(all, rule);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("ETag", etag);
        String code = request.getParameter("period");
        if (etag.equals(request.getHeader("If-None-Match")) && code == null) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<Publication> shown = code == null ? all.stream().findFirst()
                : all.stream().filter(p -> p.period().code().equals(code)).findFirst();
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>法律援助援务公开</title><style>body{font-family:sans-serif;margin:0 auto;max-width:760px;padding:1rem;"
                + "line-height:1.6;color:#222}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem;border-bottom:1px solid #ddd}"
                + "table{border-collapse:collapse;width:100%}td{padding:.3rem;border-bottom:1px solid #eee}td.n{text-align:right;"
                + "white-space:nowrap}nav a{margin-right:.8rem}.muted{color:#666;font-size:.9rem}</style></head><body>");
        out.println("<h1>法律援助援务公开</h1>");
        out.println("<p class=\"muted\">依据《中华人民共和国法律援助法》第五十八条，定期向社会公布法律援助案件办理和服务情况。"
                + "少于" + rule.threshold() + "件的数字显示为“&lt;" + rule.threshold() + "”。</p>");
        if (shown.isEmpty()) {
            out.println("<p id=\"nothing\">尚未公布统计数据。</p>");
        } else {
            Publication p = shown.get();
            out.println("<h2 id=\"period\">" + esc(p.period().chineseName()) + "</h2>");
            Map<String, String> figures = DisclosureTexts.shown(p.figures(), rule);
            section(out, "案件办理情况", figures, "cases.");
            section(out, "咨询服务", figures, "consultations.");
            section(out, "法律援助申请", figures, "applications.");
            section(out, "通知辩护", figures, "notices.");
            section(out, "值班律师法律帮助", figures, "duty.");
            section(out, "法律援助经费使用情况（办案补贴，按经费来源）", figures, "funding.");
            section(out, "案件质量评估结果", figures, "quality.");
            section(out, "投诉处理情况", figures, "complaints.");
            out.println("<p><a href=\"" + request.getContextPath() + "/api/v1/public/disclosure/csv\">下载数据（CSV）</a></p>");
        }
        if (all.size() > 1) {
            out.println("<h2>往期公开</h2><nav>");
            for (Publication p : all) {
                out.println("<a href=\"?period=" + esc(p.period().code()) + "\">" + esc(p.period().chineseName()) + "</a>");
            }
            out.println("</nav>");
        }
        out.println("<h2>如何申请法律援助</h2><p>拨打 <strong>12348</strong> 公共法律服务热线咨询；"
                + "到所在区（市）法律援助中心或其设在街道、法院、看守所的法律援助工作站当面申请；"
                + "被羁押的犯罪嫌疑人、被告人可通过办案机关或看守所转交申请。经济困难证明可用个人诚信承诺代替。</p>");
        out.println("</body></html>");
    }

    private static void section(PrintWriter out, String title, Map<String, String> figures, String prefix) {
        out.println("<h2>" + title + "</h2><table>");
        boolean any = false;
        for (Map.Entry<String, String> e : figures.entrySet()) {
            if (e.getKey().startsWith(prefix) && !e.getKey().startsWith("clocks.")) {
                out.println("<tr><td>" + esc(DisclosureTexts.label(e.getKey())) + "</td><td class=\"n\">" + esc(e.getValue()) + "</td></tr>");
                any = true;
            }
        }
        if (!any) {
            out.println("<tr><td>—</td><td class=\"n\">0</td></tr>");
        }
        out.println("</table>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
