import JobBrowser
import JobPresentation
import ModelArts

extension ExportRunner {
    /// A v2 list sorted here: the same collection the table pages through, written in the table's order.
    func exportSortedV2(
        _ query: V2LocalSortQuery, id: Int, writer: inout any JobPageWriter, sink: FileSink
    ) async throws {
        let first = FetchRequest.v2Sorted(try query.onPage(1))
        try await PageWalk.run(from: first, api: api) { request, answer in
            writer.write(page: answer, isFirst: request.pageNumber == 1, to: sink)
            try sink.check()
            mailbox.post(.exportProgress(id: id, written: writer.count, total: answer.totalCount))
        }
    }
}
