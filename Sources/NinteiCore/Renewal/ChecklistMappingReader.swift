/// Reads a mapping between two checklist versions (`data/checklists/mappings/README.md`) and
/// checks it against both versions: every id exists, every field fits the item it fills, every
/// target item is mapped or listed as new, every source item is used or listed as dropped.
/// Every refusal names the path inside the file.
public enum ChecklistMappingReader {
    public static let schema = "nintei-checklist-mapping/1"

    public static func read(_ text: String, checklists: ChecklistLibrary) throws(DocumentReadError) -> ChecklistMapping {
        try JSONReader.readDocument(text) { reader throws(DataError) in try read(reader, checklists: checklists) }
    }

    static func read(_ reader: JSONReader, checklists: ChecklistLibrary) throws(DataError) -> ChecklistMapping {
        let object = try reader.object()
        try object.requireSchema(schema)
        let source = try checklist(object.required("from"), checklists)
        let target = try checklist(object.required("to"), checklists)
        let sourceText = try object.required("source").string()
        let itemsReader = try object.required("items")
        let items = try itemsReader.array().map { reader throws(DataError) in try readItem(reader, source: source, target: target) }
        let newReader = try object.required("new")
        let newItems = try newReader.array().map { reader throws(DataError) in try readNote(reader, in: target) }
        let droppedReader = try object.required("dropped")
        let dropped = try droppedReader.array().map { reader throws(DataError) in try readNote(reader, in: source) }
        try object.finish()

        // Every target item exactly once, mapped or new.
        var seen: [String: String] = [:]
        for (index, item) in items.enumerated() {
            if let other = seen[item.target] {
                throw itemsReader.path.appending(index: index).appending("item").failure(LocalizedText(
                    ja: "項目「\(item.target)」は \(other) にもあります", en: "item \"\(item.target)\" is also at \(other)"))
            }
            seen[item.target] = "items[\(index)]"
        }
        for (index, item) in newItems.enumerated() {
            if let other = seen[item.item] {
                throw newReader.path.appending(index: index).appending("item").failure(LocalizedText(
                    ja: "項目「\(item.item)」は \(other) にもあります", en: "item \"\(item.item)\" is also at \(other)"))
            }
            seen[item.item] = "new[\(index)]"
        }
        let forgotten = target.items.map(\.id).filter { seen[$0] == nil }
        guard forgotten.isEmpty else {
            throw itemsReader.fail(LocalizedText(
                ja: "\(target.id) の項目 \(forgotten.joined(separator: ", ")) が items にも new にもありません",
                en: "the \(target.id) items \(forgotten.joined(separator: ", ")) are neither in items nor in new"))
        }
        // Every source item used or dropped, not both.
        let used = Set(items.flatMap(\.from))
        for (index, item) in dropped.enumerated() where used.contains(item.item) {
            throw droppedReader.path.appending(index: index).appending("item").failure(LocalizedText(
                ja: "項目「\(item.item)」は items で使われているので dropped にできません",
                en: "item \"\(item.item)\" is used in items, so it cannot be dropped"))
        }
        let droppedIDs = Set(dropped.map(\.item))
        guard droppedIDs.count == dropped.count else {
            throw droppedReader.fail(LocalizedText(ja: "同じ項目が二度あります", en: "an item appears twice"))
        }
        let unaccounted = source.items.map(\.id).filter { !used.contains($0) && !droppedIDs.contains($0) }
        guard unaccounted.isEmpty else {
            throw droppedReader.fail(LocalizedText(
                ja: "\(source.id) の項目 \(unaccounted.joined(separator: ", ")) がどこにも使われず、dropped にもありません",
                en: "the \(source.id) items \(unaccounted.joined(separator: ", ")) are used nowhere and not in dropped"))
        }
        return ChecklistMapping(from: source.id, to: target.id, source: sourceText, items: items, newItems: newItems, dropped: dropped)
    }

    private static func checklist(_ reader: JSONReader, _ checklists: ChecklistLibrary) throws(DataError) -> Checklist {
        let id = try reader.string()
        guard let checklist = checklists.checklist(id) else {
            throw reader.fail(LocalizedText(
                ja: "チェックシート「\(id)」は知りません（\(checklists.ids.joined(separator: ", "))）",
                en: "unknown checklist \"\(id)\" (known: \(checklists.ids.joined(separator: ", ")))"))
        }
        return checklist
    }

    private static func item(_ reader: JSONReader, in checklist: Checklist) throws(DataError) -> ChecklistItem {
        let id = try reader.string()
        guard let item = checklist.item(id) else {
            throw reader.fail(LocalizedText(
                ja: "項目「\(id)」はチェックシート \(checklist.id) にありません", en: "item \"\(id)\" is not on checklist \(checklist.id)"))
        }
        return item
    }

    private static func readNote(_ reader: JSONReader, in checklist: Checklist) throws(DataError) -> NoteOnItem {
        let object = try reader.object()
        let id = try item(object.required("item"), in: checklist).id
        let note = try object.required("note").localizedText()
        try object.finish()
        return NoteOnItem(item: id, note: note)
    }

    private static func readItem(_ reader: JSONReader, source: Checklist, target: Checklist) throws(DataError) -> ItemMapping {
        let object = try reader.object()
        let targetItem = try item(object.required("item"), in: target)
        let fromReader = try object.required("from")
        let from = try fromReader.array().map { reader throws(DataError) in try item(reader, in: source).id }
        guard !from.isEmpty else {
            throw fromReader.fail(LocalizedText(ja: "元の項目が一つもありません（対応がなければ new に書きます）", en: "no source item (an item with no counterpart goes in new)"))
        }
        guard Set(from).count == from.count else {
            throw fromReader.fail(LocalizedText(ja: "同じ項目が二度あります", en: "an item appears twice"))
        }
        let markReader = try object.required("mark")
        let mark = try markReader.oneOf(MarkRule.self)
        let carryReader = try object.required("carry")
        let carry = try readCarry(carryReader, target: targetItem, source: source, from: from)
        let note = try object.optional("note")?.localizedText()
        try object.finish()
        if mark == .fromOptions, !carry.contains(where: { $0.key == .options }) {
            throw markReader.fail(LocalizedText(
                ja: "fromOptions には carry の options が必要です", en: "fromOptions needs options in carry"))
        }
        return ItemMapping(target: targetItem.id, from: from, mark: mark, carry: carry, note: note)
    }

    private static func readCarry(_ reader: JSONReader, target: ChecklistItem, source: Checklist, from: [String]) throws(DataError) -> [Carry] {
        let object = try reader.object()
        var carry: [Carry] = []

        func sourceItem(_ reader: JSONReader) throws(DataError) -> ChecklistItem {
            let found = try item(reader, in: source)
            guard from.contains(found.id) else {
                throw reader.fail(LocalizedText(
                    ja: "項目「\(found.id)」が from にありません", en: "item \"\(found.id)\" is not in from"))
            }
            return found
        }
        func valueSources(_ reader: JSONReader) throws(DataError) -> [ValueSource] {
            try reader.array().map { reader throws(DataError) -> ValueSource in
                let fields = try reader.object()
                let item = try sourceItem(fields.required("item"))
                let fieldReader = try fields.required("key")
                let field = try fieldReader.oneOf(ValueSource.Field.self)
                try fields.finish()
                let present = field == .text ? item.has(.text) : item.optionsField?.hasOther == true
                guard present else {
                    throw fieldReader.fail(LocalizedText(
                        ja: "項目 \(item.id) に \(field.rawValue) の記載欄はありません", en: "item \(item.id) has no \(field.rawValue) field"))
                }
                return ValueSource(item: item.id, field: field)
            }
        }
        func requireTarget(_ key: EvidenceKey, _ reader: JSONReader) throws(DataError) {
            guard target.has(key) else {
                throw reader.fail(LocalizedText(
                    ja: "項目 \(target.id) に \(key.rawValue) の記載欄はありません", en: "item \(target.id) has no \(key.rawValue) field"))
            }
        }
        func tableSource(_ reader: JSONReader, allowing keys: [EvidenceKey]) throws(DataError) -> (TableSource, ChecklistItem) {
            let fields = try reader.object()
            let item = try sourceItem(fields.required("item"))
            let keyReader = try fields.required("key")
            let key = try keyReader.oneOf(EvidenceKey.self)
            try fields.finish()
            guard keys.contains(key), item.has(key) else {
                throw keyReader.fail(LocalizedText(
                    ja: "項目 \(item.id) の \(key.rawValue) は使えません（使えるのは \(keys.map(\.rawValue).joined(separator: ", ")) の記載欄）",
                    en: "\(key.rawValue) of item \(item.id) cannot be used here (only a \(keys.map(\.rawValue).joined(separator: ", ")) field)"))
            }
            return (TableSource(item: item.id, key: key), item)
        }
        func columns(_ reader: JSONReader, in table: YearFiguresField?, of item: String) throws(DataError) -> [String] {
            let list = try reader.array()
            return try list.map { reader throws(DataError) -> String in
                let column = try reader.string()
                guard table?.column(column) != nil else {
                    throw reader.fail(LocalizedText(
                        ja: "項目 \(item) の表に列「\(column)」はありません", en: "the table of item \(item) has no column \"\(column)\""))
                }
                return column
            }
        }

        for (keyName, valueReader) in object.remaining() {
            if keyName == "otherText" { continue }
            guard let key = EvidenceKey(rawValue: keyName) else {
                throw valueReader.fail(LocalizedText(
                    ja: "知らないキー「\(keyName)」です（\(EvidenceKey.allCases.map(\.rawValue).joined(separator: ", ")), otherText）",
                    en: "unknown key \"\(keyName)\" (\(EvidenceKey.allCases.map(\.rawValue).joined(separator: ", ")), otherText)"))
            }
            try requireTarget(key, valueReader)
            switch key {
            case .text:
                carry.append(.text(try valueSources(valueReader)))
            case .options:
                let optionsField = target.optionsField!
                let choicesObject = try valueReader.object()
                var choices: [(choice: String, sources: [ChoiceSource])] = []
                for (choiceID, sourcesReader) in choicesObject.remaining() {
                    guard optionsField.choices.contains(where: { $0.id == choiceID }) else {
                        throw sourcesReader.fail(LocalizedText(
                            ja: "選択肢「\(choiceID)」は項目 \(target.id) にありません", en: "option \"\(choiceID)\" is not on item \(target.id)"))
                    }
                    let sources = try sourcesReader.array().map { reader throws(DataError) -> ChoiceSource in
                        let fields = try reader.object()
                        let item = try sourceItem(fields.required("item"))
                        let optionReader = fields.optional("option")
                        let option = try optionReader?.string()
                        try fields.finish()
                        if let option, let optionReader {
                            guard item.optionsField?.choices.contains(where: { $0.id == option }) == true else {
                                throw optionReader.fail(LocalizedText(
                                    ja: "選択肢「\(option)」は項目 \(item.id) にありません", en: "option \"\(option)\" is not on item \(item.id)"))
                            }
                        }
                        return ChoiceSource(item: item.id, option: option)
                    }
                    choices.append((choiceID, sources))
                }
                var otherText: [ValueSource] = []
                if let reader = object.optional("otherText") {
                    guard optionsField.hasOther else {
                        throw reader.fail(LocalizedText(
                            ja: "項目 \(target.id) に「上記以外の取組」はありません", en: "item \(target.id) has no \"other\" option"))
                    }
                    otherText = try valueSources(reader)
                }
                carry.append(.options(choices: choices, otherText: otherText))
            case .figures, .usage:
                let fields = try valueReader.object()
                let targetTable = target.yearFigures(key)!
                let fromReader = try fields.required("from")
                let from = try fromReader.array().map { reader throws(DataError) in try tableSource(reader, allowing: [.figures, .usage]) }
                let columnsObject = try fields.required("columns").object()
                var mapped: [(column: String, sources: [String])] = []
                for (column, sourcesReader) in columnsObject.remaining() {
                    guard targetTable.column(column) != nil else {
                        throw sourcesReader.fail(LocalizedText(
                            ja: "項目 \(target.id) の表に列「\(column)」はありません", en: "the table of item \(target.id) has no column \"\(column)\""))
                    }
                    var names: [String] = []
                    for (table, item) in from {
                        names = try columns(sourcesReader, in: item.yearFigures(table.key), of: item.id)
                    }
                    mapped.append((column, names))
                }
                try fields.finish()
                guard !from.isEmpty else {
                    throw fromReader.fail(LocalizedText(ja: "元の表が一つもありません", en: "no source table"))
                }
                carry.append(.table(key: key, from: from.map(\.0), columns: mapped))
            case .managers:
                let fields = try valueReader.object()
                let (table, item) = try tableSource(fields.required("from"), allowing: [.managers, .figures, .usage])
                var men: [String] = []
                var women: [String] = []
                if table.key == .managers {
                    for name in ["men", "women"] where fields.contains(name) {
                        throw fields.path.appending(name).failure(LocalizedText(
                            ja: "managers から写すときは列を書きません", en: "no columns when copying from managers"))
                    }
                } else {
                    men = try columns(fields.required("men"), in: item.yearFigures(table.key), of: item.id)
                    women = try columns(fields.required("women"), in: item.yearFigures(table.key), of: item.id)
                }
                try fields.finish()
                carry.append(.managers(from: table, men: men, women: women))
            case .sdgs:
                let items = try valueReader.array().map { reader throws(DataError) -> String in
                    let (table, _) = try tableSource(reader, allowing: [.sdgs])
                    return table.item
                }
                carry.append(.sdgs(items))
            }
        }
        if let otherReader = object.optional("otherText"), !carry.contains(where: { $0.key == .options }) {
            throw otherReader.fail(LocalizedText(ja: "otherText は options と一緒に書きます", en: "otherText goes with options"))
        }
        try object.finish()
        return carry
    }
}
