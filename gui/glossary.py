"""The words the whole window uses for the article's ideas, translated once, in one context.

The catalogue's ``Glossary`` context is the translators' glossary: each term
comes with the Chinese word the source article uses, so every string that
says "epoch" says 轮 too. Views show a term with :func:`term` (the two class
names, for instance: ``term("cat")`` is 猫 in Chinese) and keep to the same
words in their own sentences. README.zh-CN.md repeats the list for readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gui.numbers import percent

if TYPE_CHECKING:
    from core.task import Verdict

CONTEXT = "Glossary"

TERMS = (
    #: The first class of the dataset. Article: 猫.
    QT_TRANSLATE_NOOP("Glossary", "cat"),
    #: The other class ("not a cat"). Article: 非猫.
    QT_TRANSLATE_NOOP("Glossary", "non-cat"),
    #: The app's name, as in the desktop entry's Name[zh_CN].
    QT_TRANSLATE_NOOP("Glossary", "Cat Neuron"),
    #: One unit of a neural network. Article: 神经元.
    QT_TRANSLATE_NOOP("Glossary", "neuron"),
    #: w, one per pixel and colour. Article: 权重.
    QT_TRANSLATE_NOOP("Glossary", "weights"),
    #: b. Article: 偏差 (not 偏置).
    QT_TRANSLATE_NOOP("Glossary", "bias"),
    #: α. Article: 学习率.
    QT_TRANSLATE_NOOP("Glossary", "learning rate"),
    #: One pass of gradient descent over the training set. Always 轮, never 时期 or 周期.
    QT_TRANSLATE_NOOP("Glossary", "epoch"),
    #: The cross-entropy L. Article: 损失 (损失函数 for the function).
    QT_TRANSLATE_NOOP("Glossary", "loss"),
    #: The share of pictures classified right. 准确率.
    QT_TRANSLATE_NOOP("Glossary", "accuracy"),
    #: The pictures the neuron learns from. 训练集.
    QT_TRANSLATE_NOOP("Glossary", "training set"),
    #: The pictures kept apart to check it. 测试集.
    QT_TRANSLATE_NOOP("Glossary", "test set"),
    #: The method. Article: 梯度下降.
    QT_TRANSLATE_NOOP("Glossary", "gradient descent"),
    #: σ. Article: sigmoid 函数 (written 激活函数 when speaking of its role).
    QT_TRANSLATE_NOOP("Glossary", "sigmoid"),
    #: The neuron's answer for one picture. 预测.
    QT_TRANSLATE_NOOP("Glossary", "prediction"),
    #: The starting point of the random weights (--seed). 随机种子.
    QT_TRANSLATE_NOOP("Glossary", "seed"),
    #: The folder or HDF5 pair of pictures. 数据集.
    QT_TRANSLATE_NOOP("Glossary", "dataset"),
    #: A saved neuron (.h5 file). 模型.
    QT_TRANSLATE_NOOP("Glossary", "model"),
)


def term(english: str) -> str:
    """A glossary term in the window's language (``term("epoch")`` is 轮 in Chinese)."""
    return QCoreApplication.translate(CONTEXT, english)


def answer_text(answer: Verdict) -> str:
    """The neuron's answer as the window writes it: ``cat 90.0%``, ``猫 90.0%`` in Chinese.

    The CLI writes ``answer.text`` (the class names as data); the window names
    the two classes of the article in its language, and any other class as it is.
    """
    return QCoreApplication.translate(CONTEXT, "{name} {percent}").format(
        name=term(answer.class_name), percent=percent(answer.probability)
    )
